import { formatQingTime } from '../../../protocol/time.js'
import type { OperatorHooks } from '../types.js'

/** What the clock actions answer: the offset, the world's time and the wall's. */
export function clockState(operator: OperatorHooks, offsetMs = operator.offsetMs()) {
  const base = operator.baseNow()
  return { offset_seconds: Math.round(offsetMs / 1000), world_time: formatQingTime(base + offsetMs), base_time: formatQingTime(base) }
}
