import type { Handler } from '../types.js'
import { moveInstances } from './moves.js'

export const StopInstances: Handler<'StopInstances'> = (params, ctx) => moveInstances(ctx, params.instances, 'stop')
