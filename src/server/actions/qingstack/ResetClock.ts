import { isoAt } from '../../domain/clock.js'
import { resetClockOffset } from '../../db/stores/operator.js'
import type { Handler } from '../types.js'
import { clockState } from './clock.js'

/** Back on the wall clock. Times already written stay as they were (docs/operator.md#the-clock). */
export const ResetClock: Handler<'ResetClock'> = async (_params, { tx, operator }) => {
  await resetClockOffset(tx, isoAt(operator.baseNow()))
  tx.onCommit(() => operator.clockMoved(0))
  return clockState(operator, 0)
}
