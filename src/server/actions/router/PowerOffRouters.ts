import type { Handler } from '../types.js'
import { beginRouterMove } from './moves.js'

export const PowerOffRouters: Handler<'PowerOffRouters'> = async (params, ctx) => {
  const { job_id } = await beginRouterMove(ctx, params.routers, { from: ['active'], transition: 'poweroffing', verb: 'powered off' })
  return { job_id }
}
