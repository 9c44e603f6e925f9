import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** running/stopping → stopped (docs/compat.md#resource-states). */
export const StopInstances = instanceMoveKind(instanceMoves.stop, 4000)
