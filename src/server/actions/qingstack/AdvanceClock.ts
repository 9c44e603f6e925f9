import { isoAt } from '../../domain/clock.js'
import { addClockOffset } from '../../db/stores/operator.js'
import type { Handler } from '../types.js'
import { clockState } from './clock.js'

/**
 * Adds to the stored offset (two advances at once both count); after the commit this process moves
 * at once and wakes its worker, so jobs that fell due run now. Other processes follow on their next
 * look at the store (docs/operator.md#the-clock).
 */
export const AdvanceClock: Handler<'AdvanceClock'> = async (params, { tx, operator }) => {
  const offsetMs = await addClockOffset(tx, params.seconds * 1000, isoAt(operator.baseNow()))
  tx.onCommit(() => operator.clockMoved(offsetMs))
  return clockState(operator, offsetMs)
}
