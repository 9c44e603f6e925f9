import type { Handler } from '../types.js'
import { beginLoadbalancerMove } from './moves.js'

/** Listeners, backends and EIPs go with the load balancer when the job settles it (docs/compat.md#loadbalancer-states). */
export const DeleteLoadBalancers: Handler<'DeleteLoadBalancers'> = (params, ctx) =>
  beginLoadbalancerMove(ctx, params.loadbalancers, { from: ['active', 'stopped', 'suspended'], transition: 'deleting', verb: 'deleted' })
