import { describe, expect, it } from 'vitest'
import { HOUR_MS, chargeCount, chargesIn, feeIn, periodsOf, type PricedLease } from './charges.js'

const T0 = Date.parse('2026-01-15T22:30:00Z')
const lease = (end?: number): PricedLease => ({
  contract_id: 'ct-x',
  resource_id: 'i-x',
  resource_type: 'instance',
  owner: 'usr-x',
  zone_id: 'z',
  start: T0,
  end,
  units: 900,
})

describe('charges of a lease', () => {
  it('charges each hour once it has passed, the last part of an ended lease pro rata', () => {
    const running = lease()
    expect(chargeCount(running, T0 + HOUR_MS - 1, -Infinity, Infinity)).toBe(0)
    expect(chargeCount(running, T0 + HOUR_MS, -Infinity, Infinity)).toBe(1)
    const ended = lease(T0 + 2.5 * HOUR_MS)
    const now = T0 + 100 * HOUR_MS
    expect(chargesIn(ended, now, -Infinity, now).map((c) => [c.fee, c.hours])).toEqual([
      [900, 1],
      [900, 1],
      [450, 0.5],
    ])
    expect(feeIn(ended, now, -Infinity, now)).toBe(2250)
    // A window (from, to] by the end of each charge, and paging that reaches the last part.
    expect(feeIn(ended, now, T0 + HOUR_MS, T0 + 2 * HOUR_MS)).toBe(900)
    expect(chargesIn(ended, now, -Infinity, now, 2, 5).map((c) => c.fee)).toEqual([450])
    expect(chargesIn(ended, now, -Infinity, now, 3, 5)).toEqual([])
    // A year at once costs no more to compute than an hour.
    expect(feeIn(running, T0 + 8760 * HOUR_MS, -Infinity, Infinity)).toBe(8760 * 900)
  })

  it('cuts periods in UTC; a charge ending at midnight belongs to the day before', () => {
    const now = T0 + 3 * HOUR_MS // 01:30 on the 16th
    const days = periodsOf(lease(), now, 'daily', -Infinity, now)
    expect(days.map((p) => p.label)).toEqual(['2026-01-15', '2026-01-16'])
    expect(days.map((p) => feeIn(lease(), now, p.from, p.to))).toEqual([900, 1800])
    expect(periodsOf(lease(), now, 'weekly', -Infinity, now).map((p) => p.label)).toEqual(['2026-01-12'])
    expect(periodsOf(lease(), now, 'quarterly', -Infinity, now).map((p) => p.label)).toEqual(['2026-Q1'])
  })
})
