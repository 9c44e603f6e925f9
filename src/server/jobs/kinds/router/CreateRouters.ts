import { routerMoveKind } from './moves.js'

/** pending/creating → active (docs/compat.md#resource-states). */
export const CreateRouters = routerMoveKind('creating', 10_000, { status: 'active' })
