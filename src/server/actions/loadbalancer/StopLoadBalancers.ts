import type { Handler } from '../types.js'
import { beginLoadbalancerMove } from './moves.js'

export const StopLoadBalancers: Handler<'StopLoadBalancers'> = async (params, ctx) => {
  const { job_id } = await beginLoadbalancerMove(ctx, params.loadbalancers, { from: ['active'], transition: 'stopping', verb: 'stopped' })
  return { job_id }
}
