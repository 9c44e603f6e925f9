import type { Handler } from '../types.js'
import { moveInstances } from './moves.js'

export const StartInstances: Handler<'StartInstances'> = (params, ctx) => moveInstances(ctx, params.instances, 'start')
