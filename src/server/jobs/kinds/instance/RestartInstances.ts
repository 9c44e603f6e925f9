import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** running/restarting → running (spec iaas.md §3.6). */
export const RestartInstances = instanceMoveKind(instanceMoves.restart, 7000)
