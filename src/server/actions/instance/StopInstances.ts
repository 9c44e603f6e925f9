import type { Handler } from '../types.js'
import { beginInstanceMove } from './moves.js'

export const StopInstances: Handler<'StopInstances'> = async (params, ctx) => {
  const { job_id } = await beginInstanceMove(ctx, params.instances, 'stop')
  return { job_id }
}
