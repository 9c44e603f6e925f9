import type { Handler } from '../types.js'
import { beginRouterMove } from './moves.js'

export const PowerOnRouters: Handler<'PowerOnRouters'> = async (params, ctx) => {
  const { job_id } = await beginRouterMove(ctx, params.routers, { from: ['poweroffed'], transition: 'poweroning', verb: 'powered on' })
  return { job_id }
}
