import type { Handler } from '../types.js'
import { beginInstanceMove } from './moves.js'

export const CeaseInstances: Handler<'CeaseInstances'> = async (params, ctx) => {
  const { job_id } = await beginInstanceMove(ctx, params.instances, 'cease')
  return { job_id }
}
