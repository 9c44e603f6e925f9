import { eipMoveKind } from './moves.js'

/** available/releasing → released; the address stays held, so it is never handed out again. */
export const ReleaseEips = eipMoveKind('releasing', 2000, { status: 'released' })
