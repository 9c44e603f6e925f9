import type { Handler } from '../types.js'
import { moveInstances } from './moves.js'

export const RestartInstances: Handler<'RestartInstances'> = (params, ctx) => moveInstances(ctx, params.instances, 'restart')
