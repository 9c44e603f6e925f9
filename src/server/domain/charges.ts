/**
 * Charges as pure arithmetic over leases (docs/compat.md#billing-charges). A lease is cut into
 * hours from its start; each hour is charged when it has passed (the clock reached its end), at the
 * lease's hourly price, and the last, shorter stretch of a lease that ended is charged pro rata to
 * the millisecond. Nothing is stored per hour, so a clock jump of a year costs one multiplication.
 */

export const HOUR_MS = 3_600_000

export interface PricedLease {
  contract_id: string
  resource_id: string
  resource_type: string
  owner: string
  zone_id: string
  start: number
  /** Undefined while the lease runs. */
  end: number | undefined
  /** Hourly price in units (0.0001 CNY). */
  units: number
}

export interface Charge {
  start: number
  end: number
  /** Units charged for this stretch. */
  fee: number
  /** Hours it covers (1, or less for the last stretch of an ended lease). */
  hours: number
}

/** How many charges a lease has made by `now`: whole hours, and whether a last partial one was made. */
function made(lease: PricedLease, now: number): { whole: number; partial: boolean } {
  const stop = lease.end === undefined ? now : Math.min(lease.end, now)
  const whole = Math.max(0, Math.floor((stop - lease.start) / HOUR_MS))
  const partial = lease.end !== undefined && lease.end <= now && lease.start + whole * HOUR_MS < lease.end
  return { whole, partial }
}

function partialFee(lease: PricedLease, ms: number): number {
  return Math.round((lease.units * ms) / HOUR_MS)
}

/** The index range (0-based, inclusive) of whole-hour charges ending in (from, to]. */
function wholeRange(lease: PricedLease, whole: number, from: number, to: number): [number, number] {
  // Charge k ends at start + (k + 1) hours.
  const first = Math.max(0, Math.floor((from - lease.start) / HOUR_MS))
  const last = Math.min(whole - 1, Math.floor((to - lease.start) / HOUR_MS) - 1)
  return [first, last]
}

/** The charges a lease made by `now` that end in (from, to], oldest first; `skip` and `take` page them. */
export function chargesIn(lease: PricedLease, now: number, from: number, to: number, skip = 0, take = Infinity): Charge[] {
  const { whole, partial } = made(lease, now)
  const [first, last] = wholeRange(lease, whole, from, to)
  const out: Charge[] = []
  for (let k = first + skip; k <= last && out.length < take; k++) {
    const start = lease.start + k * HOUR_MS
    out.push({ start, end: start + HOUR_MS, fee: lease.units, hours: 1 })
  }
  const skippedPartial = Math.max(0, skip - Math.max(0, last - first + 1))
  if (partial && out.length < take && skippedPartial === 0 && lease.end! > from && lease.end! <= to) {
    const start = lease.start + whole * HOUR_MS
    out.push({ start, end: lease.end!, fee: partialFee(lease, lease.end! - start), hours: (lease.end! - start) / HOUR_MS })
  }
  return out
}

/** How many charges `chargesIn` would list without paging. */
export function chargeCount(lease: PricedLease, now: number, from: number, to: number): number {
  const { whole, partial } = made(lease, now)
  const [first, last] = wholeRange(lease, whole, from, to)
  const ended = partial && lease.end! > from && lease.end! <= to ? 1 : 0
  return Math.max(0, last - first + 1) + ended
}

/** The units a lease charged by `now` in charges ending in (from, to]. */
export function feeIn(lease: PricedLease, now: number, from: number, to: number): number {
  const { whole, partial } = made(lease, now)
  const [first, last] = wholeRange(lease, whole, from, to)
  let fee = Math.max(0, last - first + 1) * lease.units
  if (partial && lease.end! > from && lease.end! <= to) fee += partialFee(lease, lease.end! - (lease.start + whole * HOUR_MS))
  return fee
}

export const sumDurations = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'total'] as const
export type SumDuration = (typeof sumDurations)[number]

/** A period of GetChargeSums: (from, to] and its label ("2026-01-15", "2026-W03"…, "total"). */
export interface Period {
  from: number
  to: number
  label: string
}

/** The UTC period containing the instant just before `ms` (charges ending at midnight belong to the day before). */
function periodOf(duration: Exclude<SumDuration, 'total'>, ms: number): Period {
  const d = new Date(ms - 1)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  switch (duration) {
    case 'daily': {
      const from = Date.UTC(y, m, d.getUTCDate())
      return { from, to: from + 24 * HOUR_MS, label: iso(from) }
    }
    case 'weekly': {
      const from = Date.UTC(y, m, d.getUTCDate() - ((d.getUTCDay() + 6) % 7)) // weeks start on Monday
      return { from, to: from + 7 * 24 * HOUR_MS, label: iso(from) }
    }
    case 'monthly':
      return { from: Date.UTC(y, m, 1), to: Date.UTC(y, m + 1, 1), label: iso(Date.UTC(y, m, 1)).slice(0, 7) }
    case 'quarterly': {
      const q = Math.floor(m / 3)
      return { from: Date.UTC(y, q * 3, 1), to: Date.UTC(y, q * 3 + 3, 1), label: `${y}-Q${q + 1}` }
    }
    case 'yearly':
      return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), label: String(y) }
  }
}

/**
 * The periods (from, to] of `duration` covering the lease's charges within (from, to], each cut to
 * that window; 'total' is the window itself.
 */
export function periodsOf(lease: PricedLease, now: number, duration: SumDuration, from: number, to: number): Period[] {
  const first = Math.max(from, lease.start)
  const last = Math.min(to, lease.end ?? now, now)
  if (last <= first) return []
  if (duration === 'total') return [{ from, to, label: 'total' }]
  const out: Period[] = []
  for (let at = first; at < last;) {
    const period = periodOf(duration, at + 1)
    out.push({ from: Math.max(period.from, from), to: Math.min(period.to, to), label: period.label })
    at = period.to
  }
  return out
}
