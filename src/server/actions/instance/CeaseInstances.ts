import type { Handler } from '../types.js'
import { moveInstances } from './moves.js'

export const CeaseInstances: Handler<'CeaseInstances'> = (params, ctx) => moveInstances(ctx, params.instances, 'cease')
