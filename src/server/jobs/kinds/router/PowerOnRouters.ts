import { routerMoveKind } from './moves.js'

/** poweroffed/poweroning → active (spec network.md §4.5). */
export const PowerOnRouters = routerMoveKind('poweroning', 5000, { status: 'active' })
