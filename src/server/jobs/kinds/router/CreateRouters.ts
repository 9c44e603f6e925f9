import { routerMoveKind } from './moves.js'

/** pending/creating → active (spec network.md §4.2). */
export const CreateRouters = routerMoveKind('creating', 10_000, { status: 'active' })
