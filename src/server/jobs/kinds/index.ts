import type { ActionName, Actions } from '../../../protocol/actions/index.js'
import type { JobKind } from '../kind.js'
import { AssociateEip } from './AssociateEip.js'
import { ChangeEipsBandwidth } from './ChangeEipsBandwidth.js'
import { ChangeEipsBillingMode } from './ChangeEipsBillingMode.js'
import { CreateRouters } from './CreateRouters.js'
import { DeleteRouters } from './DeleteRouters.js'
import { UpdateRouters } from './UpdateRouters.js'
import { PowerOffRouters } from './PowerOffRouters.js'
import { PowerOnRouters } from './PowerOnRouters.js'
import { JoinRouter } from './JoinRouter.js'
import { LeaveRouter } from './LeaveRouter.js'
import { DissociateEips } from './DissociateEips.js'
import { JoinVxnet } from './JoinVxnet.js'
import { LeaveVxnet } from './LeaveVxnet.js'
import { ReleaseEips } from './ReleaseEips.js'
import { ApplySecurityGroup } from './ApplySecurityGroup.js'
import { ApplySecurityGroupIPSets } from './ApplySecurityGroupIPSets.js'
import { AttachKeyPairs } from './AttachKeyPairs.js'
import { AttachVolumes } from './AttachVolumes.js'
import { CeaseInstances } from './CeaseInstances.js'
import { CloneInstances } from './CloneInstances.js'
import { CreateVolumes } from './CreateVolumes.js'
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
  CeaseInstances,
  CloneInstances,
  CreateVolumes,
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
