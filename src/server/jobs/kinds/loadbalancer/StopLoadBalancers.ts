import { loadbalancerMoveKind } from './moves.js'

/** active/stopping → stopped. */
export const StopLoadBalancers = loadbalancerMoveKind('stopping', 10_000, { status: 'stopped' })
