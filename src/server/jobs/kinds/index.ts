import type { ActionName, Actions } from '../../../protocol/actions/index.js'
import type { JobKind } from '../kind.js'
import { ApplySecurityGroup } from './ApplySecurityGroup.js'
import { ApplySecurityGroupIPSets } from './ApplySecurityGroupIPSets.js'
import { ApplySnapshots } from './ApplySnapshots.js'
import { AssociateEip } from './AssociateEip.js'
import { ChangeEipsBandwidth } from './ChangeEipsBandwidth.js'
import { ChangeEipsBillingMode } from './ChangeEipsBillingMode.js'
import { CreateRouters } from './CreateRouters.js'
import { DeleteRouters } from './DeleteRouters.js'
import { DissociateEips } from './DissociateEips.js'
import { JoinRouter } from './JoinRouter.js'
import { JoinVxnet } from './JoinVxnet.js'
import { LeaveRouter } from './LeaveRouter.js'
import { LeaveVxnet } from './LeaveVxnet.js'
import { PowerOffRouters } from './PowerOffRouters.js'
import { PowerOnRouters } from './PowerOnRouters.js'
import { ReleaseEips } from './ReleaseEips.js'
import { UpdateRouters } from './UpdateRouters.js'
import { AttachKeyPairs } from './AttachKeyPairs.js'
import { AttachVolumes } from './AttachVolumes.js'
import { CaptureInstance } from './CaptureInstance.js'
import { CaptureInstanceFromSnapshot } from './CaptureInstanceFromSnapshot.js'
import { CeaseInstances } from './CeaseInstances.js'
import { CloneInstances } from './CloneInstances.js'
import { CreateSnapshots } from './CreateSnapshots.js'
import { CreateVolumeFromSnapshot } from './CreateVolumeFromSnapshot.js'
import { CloneVolumes } from './CloneVolumes.js'
import { CreateVolumes } from './CreateVolumes.js'
import { DeleteImages } from './DeleteImages.js'
import { DeleteSnapshots } from './DeleteSnapshots.js'
import { DeleteVolumes } from './DeleteVolumes.js'
import { DetachKeyPairs } from './DetachKeyPairs.js'
import { DetachVolumes } from './DetachVolumes.js'
import { ResetInstances } from './ResetInstances.js'
import { ResizeInstances } from './ResizeInstances.js'
import { ResizeVolumes } from './ResizeVolumes.js'
import { RestartInstances } from './RestartInstances.js'
import { RunInstances } from './RunInstances.js'
import { StartInstances } from './StartInstances.js'
import { StopInstances } from './StopInstances.js'
import { TerminateInstances } from './TerminateInstances.js'

export type AsyncActionName = { [A in ActionName]: Actions[A]['mode'] extends 'async' ? A : never }[ActionName]

/** The steps of every async action; a missing one is a compile error. */
export const jobKinds: { [A in AsyncActionName]: JobKind<never> } = {
  ApplySnapshots,
  CreateRouters,
  DeleteRouters,
  UpdateRouters,
  PowerOffRouters,
  PowerOnRouters,
  JoinRouter,
  LeaveRouter,
  ApplySecurityGroup,
  ApplySecurityGroupIPSets,
  AssociateEip,
  AttachKeyPairs,
  ChangeEipsBandwidth,
  ChangeEipsBillingMode,
  DissociateEips,
  JoinVxnet,
  LeaveVxnet,
  ReleaseEips,
  AttachVolumes,
  CaptureInstance,
  CaptureInstanceFromSnapshot,
  CeaseInstances,
  CloneInstances,
  CloneVolumes,
  CreateSnapshots,
  CreateVolumeFromSnapshot,
  CreateVolumes,
  DeleteImages,
  DeleteSnapshots,
  DeleteVolumes,
  DetachKeyPairs,
  DetachVolumes,
  ResetInstances,
  ResizeInstances,
  ResizeVolumes,
  RestartInstances,
  RunInstances,
  StartInstances,
  StopInstances,
  TerminateInstances,
}
