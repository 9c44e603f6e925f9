import { routerMoveKind } from './moves.js'

/** active/poweroffing → poweroffed (spec network.md §4.5). */
export const PowerOffRouters = routerMoveKind('poweroffing', 5000, { status: 'poweroffed' })
