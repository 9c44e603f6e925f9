import type { Handler } from '../types.js'
import { beginLoadbalancerMove } from './moves.js'

export const UpdateLoadBalancers: Handler<'UpdateLoadBalancers'> = async (params, ctx) => {
  const { job_id } = await beginLoadbalancerMove(ctx, params.loadbalancers, {
    from: ['active', 'stopped'],
    transition: 'updating',
    verb: 'updated',
  })
  return { job_id }
}
