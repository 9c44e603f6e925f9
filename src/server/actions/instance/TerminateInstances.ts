import type { Handler } from '../types.js'
import { moveInstances } from './moves.js'

export const TerminateInstances: Handler<'TerminateInstances'> = (params, ctx) =>
  moveInstances(ctx, params.instances, 'terminate', { direct_cease: params.direct_cease === true })
