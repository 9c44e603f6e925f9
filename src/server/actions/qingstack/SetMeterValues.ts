import { ApiError } from '../../../protocol/errors.js'
import { formatQingTime } from '../../../protocol/time.js'
import { isoAt } from '../../domain/clock.js'
import { parseMeterValue } from '../../domain/meter-values.js'
import { upsertMeterPin } from '../../db/stores/meter-pins.js'
import { monitored } from '../../services/monitor.js'
import type { Handler } from '../types.js'

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** Pins meters from now for `duration` (docs/monitoring.md#driving-meters); a new pin replaces the old. */
export const SetMeterValues: Handler<'SetMeterValues'> = async (params, { tx, now }) => {
  const resource = await monitored(tx.db, params.resource)
  if (!resource) throw new ApiError('ResourceNotFound', { resource: 'instance, EIP or router', id: params.resource })
  const ms = Number(params.duration.slice(0, -1)) * UNIT_MS[params.duration.slice(-1) as keyof typeof UNIT_MS]
  const pinned = []
  for (const [i, entry] of params.meters.entries()) {
    const meter = entry.meter.toLowerCase()
    const spec = resource.meters.get(meter)
    if (!spec) {
      throw new ApiError('InvalidParameter', {
        param: `meters.${i + 1}.meter`,
        reason: `[${entry.meter}] is not a meter of ${resource.resource_type} [${resource.resource_id}]`,
      })
    }
    const value = parseMeterValue(spec.shape, entry.value)
    if (value === undefined) {
      throw new ApiError('InvalidParameter', {
        param: `meters.${i + 1}.value`,
        reason: `[${entry.value}] is not a value of ${meter} (docs/monitoring.md)`,
      })
    }
    await upsertMeterPin(tx, {
      resource_id: resource.resource_id,
      meter,
      value: JSON.stringify(value),
      start_time: isoAt(now),
      end_time: isoAt(now + ms),
    })
    pinned.push({ meter, value, start_time: formatQingTime(now), end_time: formatQingTime(now + ms) })
  }
  return { resource_id: resource.resource_id, meters: pinned }
}
