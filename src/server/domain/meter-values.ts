import type { MeterShape, MeterValue } from './meters.js'

const INT = /^\d{1,15}$/

/**
 * A value SetMeterValues takes, in the meter's wire unit: a whole number 0-1000 for cpu and memory
 * (per mille), `[in,out]` (or `in,out`) for pairs, the `mount|percent|used|free` text for disk-us.
 * Undefined when it does not fit.
 */
export function parseMeterValue(shape: MeterShape, text: string): MeterValue | undefined {
  const raw = text.trim()
  switch (shape.kind) {
    case 'permille':
      return INT.test(raw) && Number(raw) <= 1000 ? Number(raw) : undefined
    case 'pair':
    case 'flow': {
      const parts = raw
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((s) => s.trim())
      if (parts.length !== 2 || !parts.every((s) => INT.test(s))) return undefined
      return [Number(parts[0]), Number(parts[1])]
    }
    case 'usage':
      return /^[^|]+\|\d{1,3}\|\d+\|\d+$/.test(raw) ? raw : undefined
  }
}
