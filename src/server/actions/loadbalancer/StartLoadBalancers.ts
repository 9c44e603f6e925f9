import type { Handler } from '../types.js'
import { beginLoadbalancerMove } from './moves.js'

export const StartLoadBalancers: Handler<'StartLoadBalancers'> = async (params, ctx) => {
  const { job_id } = await beginLoadbalancerMove(ctx, params.loadbalancers, { from: ['stopped'], transition: 'starting', verb: 'started' })
  return { job_id }
}
