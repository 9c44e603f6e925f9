import { routerMoveKind } from './moves.js'

/** active/poweroffing → poweroffed (docs/compat.md#resource-states). */
export const PowerOffRouters = routerMoveKind('poweroffing', 5000, { status: 'poweroffed' })
