import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** running/stopping → stopped (spec iaas.md §3.5). */
export const StopInstances = instanceMoveKind(instanceMoves.stop, 4000)
