import { loadbalancerEipKind } from './moves.js'

/** associated/dissociating → available; a failed job leaves them associated. */
export const DissociateEipsFromLoadBalancer = loadbalancerEipKind(
  'dissociating',
  { status: 'available', resource_id: null, resource_type: null },
  {},
)
