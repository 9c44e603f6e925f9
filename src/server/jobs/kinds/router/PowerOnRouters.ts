import { routerMoveKind } from './moves.js'

/** poweroffed/poweroning → active (docs/compat.md#resource-states). */
export const PowerOnRouters = routerMoveKind('poweroning', 5000, { status: 'active' })
