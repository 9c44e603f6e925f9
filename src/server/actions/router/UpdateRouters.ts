import type { Handler } from '../types.js'
import { beginRouterMove } from './moves.js'

export const UpdateRouters: Handler<'UpdateRouters'> = async (params, ctx) => {
  const { job_id } = await beginRouterMove(ctx, params.routers, { from: ['active'], transition: 'updating', verb: 'updated' })
  return { job_id }
}
