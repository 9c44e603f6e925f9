import { instanceMoves } from '../../../domain/instances.js'
import { instanceMoveKind } from './moves.js'

/** stopped/starting → running (spec iaas.md §3.4). */
export const StartInstances = instanceMoveKind(instanceMoves.start, 6000)
