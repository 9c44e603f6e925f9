import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** stopped/starting → running (docs/compat.md#resource-states). */
export const StartInstances = instanceMoveKind(instanceMoves.start, 6000)
