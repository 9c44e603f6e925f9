import type { Handler } from '../types.js'
import { beginInstanceMove } from './moves.js'

export const RestartInstances: Handler<'RestartInstances'> = async (params, ctx) => {
  const { job_id } = await beginInstanceMove(ctx, params.instances, 'restart')
  return { job_id }
}
