import { loadbalancerEipKind } from './moves.js'

/** available/associating → associated with the load balancer; a failed job leaves them available and unheld. */
export const AssociateEipsToLoadBalancer = loadbalancerEipKind(
  'associating',
  { status: 'associated' },
  { status: 'available', resource_id: null, resource_type: null },
)
