import type { ActionName, Actions } from '../../../protocol/actions/index.js'
import type { JobKind } from '../kind.js'
import { ApplySecurityGroup } from './security_group/ApplySecurityGroup.js'
import { ApplySecurityGroupIPSets } from './security_group/ApplySecurityGroupIPSets.js'
import { ApplySnapshots } from './snapshot/ApplySnapshots.js'
import { AssociateEip } from './eip/AssociateEip.js'
import { ChangeEipsBandwidth } from './eip/ChangeEipsBandwidth.js'
import { ChangeEipsBillingMode } from './eip/ChangeEipsBillingMode.js'
import { CreateLoadBalancer } from './loadbalancer/CreateLoadBalancer.js'
import { DeleteLoadBalancers } from './loadbalancer/DeleteLoadBalancers.js'
import { StartLoadBalancers } from './loadbalancer/StartLoadBalancers.js'
import { StopLoadBalancers } from './loadbalancer/StopLoadBalancers.js'
import { UpdateLoadBalancers } from './loadbalancer/UpdateLoadBalancers.js'
import { ResizeLoadBalancers } from './loadbalancer/ResizeLoadBalancers.js'
import { AssociateEipsToLoadBalancer } from './loadbalancer/AssociateEipsToLoadBalancer.js'
import { DissociateEipsFromLoadBalancer } from './loadbalancer/DissociateEipsFromLoadBalancer.js'
import { CreateRouters } from './router/CreateRouters.js'
import { DeleteRouters } from './router/DeleteRouters.js'
import { DissociateEips } from './eip/DissociateEips.js'
import { JoinRouter } from './router/JoinRouter.js'
import { JoinVxnet } from './vxnet/JoinVxnet.js'
import { LeaveRouter } from './router/LeaveRouter.js'
import { LeaveVxnet } from './vxnet/LeaveVxnet.js'
import { PowerOffRouters } from './router/PowerOffRouters.js'
import { PowerOnRouters } from './router/PowerOnRouters.js'
import { ReleaseEips } from './eip/ReleaseEips.js'
import { UpdateRouters } from './router/UpdateRouters.js'
import { ApplyAlarmPolicy } from './alarm/ApplyAlarmPolicy.js'
import { AssociateAlarmPolicy } from './alarm/AssociateAlarmPolicy.js'
import { DissociateAlarmPolicy } from './alarm/DissociateAlarmPolicy.js'
import { AttachKeyPairs } from './keypair/AttachKeyPairs.js'
import { ApplyLoadBalancerPolicy } from './loadbalancer/ApplyLoadBalancerPolicy.js'
import { AttachVolumes } from './volume/AttachVolumes.js'
import { CaptureInstance } from './image/CaptureInstance.js'
import { CaptureInstanceFromSnapshot } from './snapshot/CaptureInstanceFromSnapshot.js'
import { CeaseInstances } from './instance/CeaseInstances.js'
import { CloneInstances } from './instance/CloneInstances.js'
import { CreateSnapshots } from './snapshot/CreateSnapshots.js'
import { CreateVolumeFromSnapshot } from './snapshot/CreateVolumeFromSnapshot.js'
import { CloneVolumes } from './volume/CloneVolumes.js'
import { CreateVolumes } from './volume/CreateVolumes.js'
import { DeleteImages } from './image/DeleteImages.js'
import { DeleteSnapshots } from './snapshot/DeleteSnapshots.js'
import { DeleteVolumes } from './volume/DeleteVolumes.js'
import { DetachKeyPairs } from './keypair/DetachKeyPairs.js'
import { DetachVolumes } from './volume/DetachVolumes.js'
import { ResetInstances } from './instance/ResetInstances.js'
import { ResizeInstances } from './instance/ResizeInstances.js'
import { ResizeVolumes } from './volume/ResizeVolumes.js'
import { RestartInstances } from './instance/RestartInstances.js'
import { RunInstances } from './instance/RunInstances.js'
import { StartInstances } from './instance/StartInstances.js'
import { StopInstances } from './instance/StopInstances.js'
import { TerminateInstances } from './instance/TerminateInstances.js'

export type AsyncActionName = { [A in ActionName]: Actions[A]['mode'] extends 'async' ? A : never }[ActionName]

/** The steps of every async action; a missing one is a compile error. */
export const jobKinds = {
  ApplyAlarmPolicy,
  AssociateAlarmPolicy,
  DissociateAlarmPolicy,
  ApplySnapshots,
  CreateLoadBalancer,
  DeleteLoadBalancers,
  StartLoadBalancers,
  StopLoadBalancers,
  UpdateLoadBalancers,
  ResizeLoadBalancers,
  AssociateEipsToLoadBalancer,
  DissociateEipsFromLoadBalancer,
  CreateRouters,
  DeleteRouters,
  UpdateRouters,
  PowerOffRouters,
  PowerOnRouters,
  JoinRouter,
  LeaveRouter,
  ApplyLoadBalancerPolicy,
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
} satisfies { [A in AsyncActionName]: JobKind }
