import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** running/restarting → running (docs/compat.md#resource-states). */
export const RestartInstances = instanceMoveKind(instanceMoves.restart, 7000)
