import { loadbalancerMoveKind } from './moves.js'

/** stopped/starting → active. */
export const StartLoadBalancers = loadbalancerMoveKind('starting', 10_000, { status: 'active' })
