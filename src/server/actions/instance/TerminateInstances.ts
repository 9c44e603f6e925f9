import type { Handler } from '../types.js'
import { beginInstanceMove } from './moves.js'

export const TerminateInstances: Handler<'TerminateInstances'> = async (params, ctx) => {
  const { job_id } = await beginInstanceMove(ctx, params.instances, 'terminate', { direct_cease: params.direct_cease === true })
  return { job_id }
}
