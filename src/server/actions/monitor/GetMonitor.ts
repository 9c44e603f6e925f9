import { ApiError } from '../../../protocol/errors.js'
import { parseQingTime } from '../../../protocol/time.js'
import { compress, FINE_RETENTION_MS, FINE_STEP_MAX_S, monitorSteps, samples } from '../../domain/meters.js'
import { monitoredOf } from '../../services/monitor.js'
import type { Handler } from '../types.js'

/** At most this many samples per meter and request (a day at 5m is 288; 15 days 4 320). */
const MAX_POINTS = 5000

/** Simulated meters, computed now and never stored (docs/compat.md#monitoring-simulated). */
export const GetMonitor: Handler<'GetMonitor'> = async (params, { tx, caller, now }) => {
  const start = parseQingTime(params.start_time)
  if (start === undefined)
    throw new ApiError('InvalidParameter', { param: 'start_time', reason: 'must be a UTC time such as 2011-07-11T11:07:00Z' })
  const end = parseQingTime(params.end_time)
  if (end === undefined)
    throw new ApiError('InvalidParameter', { param: 'end_time', reason: 'must be a UTC time such as 2011-07-11T11:07:00Z' })
  if (end < start) throw new ApiError('InvalidParameter', { param: 'end_time', reason: 'must not be before start_time' })
  const step = monitorSteps[params.step]
  if (step <= FINE_STEP_MAX_S && start < now - FINE_RETENTION_MS) {
    throw new ApiError('InvalidParameter', { param: 'step', reason: `${params.step} data is kept 15 days: ask for 2h or 1d further back` })
  }
  const upTo = Math.floor(Math.min(end, now) / 1000)
  if ((upTo - start / 1000) / step > MAX_POINTS) {
    throw new ApiError('InvalidParameter', {
      param: 'step',
      reason: `at most ${MAX_POINTS} points per meter: ask for a larger step or a shorter span`,
    })
  }
  const resource = await monitoredOf(tx.db, params.resource, caller.user_id, params.meters)
  const unknown = params.meters.find((name) => !resource.meters.has(name.toLowerCase()))
  if (unknown !== undefined) {
    const all = await monitoredOf(tx.db, params.resource, caller.user_id)
    throw new ApiError('InvalidParameter', {
      param: 'meters',
      reason: `[${unknown}] is not a meter of ${all.resource_type} [${all.resource_id}] (it has ${[...all.meters.keys()].join(', ')})`,
    })
  }
  const meter_set = params.meters.map((name) => {
    const meter = resource.meters.get(name.toLowerCase())!
    const shape = meter.shape.kind === 'flow' ? { ...meter.shape, stepS: step } : meter.shape
    const series = samples({
      shape,
      seed: meter.seed,
      step,
      start: Math.ceil(start / 1000),
      end: upTo,
      valid: resource.valid,
      pins: resource.pins.get(name.toLowerCase()) ?? [],
    })
    return { meter_id: meter.meter_id, data: series ? compress(series, step) : [], ...(meter.extra ?? {}) }
  })
  return { resource_id: resource.resource_id, meter_set }
}
