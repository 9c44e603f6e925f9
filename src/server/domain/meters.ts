/**
 * Simulated monitoring (docs/compat.md#monitoring-simulated): every value is a pure function of
 * (resource, meter, sample time) and the resource's state, computed when asked and never stored.
 * A daily shape (quiet at night, busy in the afternoon, Beijing time) plus hash noise; network
 * traffic follows the EIP's bandwidth. A pinned value (SetMeterValues) wins while it lasts.
 */

/** Steps GetMonitor accepts, in seconds (docs/compat.md#monitoring-steps). */
export const monitorSteps = { '5m': 300, '15m': 900, '30m': 1800, '1h': 3600, '2h': 7200, '1d': 86_400 } as const
export type MonitorStep = keyof typeof monitorSteps
export const monitorStepNames = Object.keys(monitorSteps) as [MonitorStep, ...MonitorStep[]]

/** Steps finer than this are kept for 15 days only (docs/compat.md#monitoring-steps). */
export const FINE_STEP_MAX_S = 900
export const FINE_RETENTION_MS = 15 * 86_400_000

/** How a meter's value looks on the wire. */
export type MeterShape =
  | { kind: 'permille'; base: number; swing: number }
  | { kind: 'pair'; scale: number }
  | { kind: 'usage'; mount: string; sizeMb: number }
  | { kind: 'flow'; scale: number; stepS: number }

export type MeterValue = number | [number, number] | string
export type Sample = MeterValue | null

/** 32-bit mix of a string, once per meter (FNV-1a). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A uniform number in [0, 1) from a seed and a time: cheap integer mixing, no allocation. */
export function noise(seed: number, t: number, salt = 0): number {
  let h = (seed ^ Math.imul(t | 0, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x7feb352d)
  h ^= h >>> 15
  h = Math.imul(h, 0x846ca68b)
  h ^= h >>> 16
  return (h >>> 0) / 4_294_967_296
}

/** 0 at 04:00 Beijing time, 1 at 16:00: the daily load curve. */
export function dailyLoad(t: number): number {
  const hours = ((((t + 8 * 3600) % 86_400) + 86_400) % 86_400) / 3600
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * (hours - 4)) / 24)
}

/** The simulated value of a meter at sample time `t` (epoch seconds). */
export function simulate(shape: MeterShape, seed: number, t: number): MeterValue {
  const load = dailyLoad(t)
  switch (shape.kind) {
    case 'permille': {
      const v = shape.base + shape.swing * load + (noise(seed, t) - 0.5) * 60
      return Math.max(0, Math.min(1000, Math.round(v)))
    }
    case 'pair':
      return [
        Math.round(shape.scale * (0.05 + 0.45 * load) * (0.8 + 0.4 * noise(seed, t))),
        Math.round(shape.scale * (0.05 + 0.3 * load) * (0.8 + 0.4 * noise(seed, t, 1))),
      ]
    case 'flow': {
      const rate = (salt: number, share: number) => shape.scale * (0.05 + share * load) * (0.8 + 0.4 * noise(seed, t, salt))
      return [Math.round(rate(0, 0.45) * shape.stepS), Math.round(rate(1, 0.3) * shape.stepS)]
    }
    case 'usage': {
      // Used space grows slowly and never past 90 %; whole MB, as QingCloud's agent reports it.
      const share = 0.1 + 0.8 * ((seed % 1000) / 1000) * 0.5
      const used = Math.round(shape.sizeMb * share)
      const percent = Math.round((100 * used) / Math.max(shape.sizeMb, 1))
      return `${shape.mount}|${percent}|${used}|${shape.sizeMb - used}`
    }
  }
}

/** A pinned value, in the meter's wire unit, over [from, to) epoch seconds. */
export interface Pin {
  value: MeterValue
  from: number
  to: number
}

/** Times (epoch seconds) a resource produced samples: [from, to), `to` undefined while it still does. */
export type Interval = [number, number | undefined]

/**
 * The samples of one meter at `step` between `start` and `end` (epoch seconds), as aligned times
 * and values; `null` where the resource produced none (stopped). Nothing before the first valid
 * sample and nothing after the last one.
 */
export function samples(input: {
  shape: MeterShape
  seed: number
  step: number
  start: number
  end: number
  valid: readonly Interval[]
  pins: readonly Pin[]
}): { first: number; values: Sample[] } | undefined {
  const { shape, seed, step, valid, pins } = input
  // Intervals and pins are few and sorted by time; one cursor over each keeps a point O(1).
  const spans = [...valid].sort((a, b) => a[0] - b[0])
  let span = 0
  const isValid = (t: number) => {
    while (span < spans.length && spans[span]![1] !== undefined && t >= spans[span]![1]!) span++
    return span < spans.length && t >= spans[span]![0]
  }
  let first = Math.ceil(input.start / step) * step
  while (first <= input.end && !isValid(first)) first += step
  if (first > input.end) return undefined
  const values: Sample[] = []
  let lastValid = first
  for (let t = first; t <= input.end; t += step) {
    if (!isValid(t)) {
      values.push(null)
      continue
    }
    const pin = pins.length === 0 ? undefined : pins.find((p) => t >= p.from && t < p.to)
    values.push(pin ? pin.value : simulate(shape, seed, t))
    lastValid = t
  }
  values.length = (lastValid - first) / step + 1
  return { first, values }
}

/** A gap of at least this many samples is written as one `[span, value]` instead of `"NA"`s. */
const SPAN_FROM = 3

/**
 * QingCloud's compressed form (docs/compat.md#monitoring-compression): `[time, value]` first, then
 * values one step apart; `"NA"` for a missing sample; after a longer gap the next value as
 * `[span, value]`, its time being the previous one plus `span`.
 */
export function compress(series: { first: number; values: readonly Sample[] }, step: number): unknown[] {
  const { values } = series
  const out: unknown[] = [[series.first, values[0]]]
  let gap = 0
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!
    if (value === null) {
      gap++
      continue
    }
    if (gap >= SPAN_FROM) out.push([(gap + 1) * step, value])
    else {
      for (let k = 0; k < gap; k++) out.push('NA')
      out.push(value)
    }
    gap = 0
  }
  return out
}
