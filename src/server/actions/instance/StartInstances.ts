import type { Handler } from '../types.js'
import { beginInstanceMove } from './moves.js'

export const StartInstances: Handler<'StartInstances'> = async (params, ctx) => {
  const { job_id } = await beginInstanceMove(ctx, params.instances, 'start')
  return { job_id }
}
