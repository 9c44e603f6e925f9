import { loadbalancerMoveKind } from './moves.js'

/** <status>/updating → <status> with its staged changes applied (is_applied 1). */
export const UpdateLoadBalancers = loadbalancerMoveKind('updating', 10_000, { is_applied: 1 })
