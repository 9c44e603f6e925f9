import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits, mergePrices, PriceTableError, toUnits } from './prices.js'

describe('money', () => {
  it('reads prices with at most four decimals and writes them as QingCloud shows them', () => {
    expect([toUnits('0.06'), toUnits(0.0007), toUnits('12'), toUnits('0.00001'), toUnits('-1'), toUnits('1e3')]).toEqual([
      600,
      7,
      120_000,
      undefined,
      undefined,
      undefined,
    ])
    expect([formatUnits(900), formatUnits(3_103_700), formatUnits(0), formatUnits(-25), formatUnits(1117)]).toEqual([
      '0.09',
      '310.37',
      '0',
      '-0.0025',
      '0.1117',
    ])
  })
})

describe('the price table', () => {
  it('prices each kind by its size; a size it does not list costs the first listed', () => {
    expect(hourlyUnits(defaultPrices, { resource_type: 'instance', instance_class: 1, vcpus: 4, memory_mb: 8192 })).toBe(4 * 900 + 8 * 450)
    expect(hourlyUnits(defaultPrices, { resource_type: 'instance', instance_class: 7, vcpus: 1, memory_mb: 1024 })).toBe(900)
    expect(hourlyUnits(defaultPrices, { resource_type: 'eip', billing_mode: 'traffic', bandwidth: 100 })).toBe(200)
    expect(hourlyUnits(defaultPrices, { resource_type: 'router', router_type: 2 })).toBe(2000)
  })

  it('lays an override over the defaults and names a bad key', () => {
    const merged = mergePrices({ instance: { '1': { cpu: '1' } }, router: { '9': 0.5 } })
    expect(merged.instance['1']).toEqual({ cpu: 10_000, memory_gb: 450 })
    expect([merged.router['9'], merged.router['0']]).toEqual([5000, 1000])
    expect(defaultPrices.instance['1']!.cpu).toBe(900)
    const keyOf = (override: unknown) => {
      try {
        mergePrices(override)
      } catch (error) {
        return error instanceof PriceTableError ? error.key : String(error)
      }
      return undefined
    }
    expect([
      keyOf({ lb: {} }),
      keyOf({ instance: { '0': { gpu: '1' } } }),
      keyOf({ eip: { bandwidth: '0.12345' } }),
      keyOf({ volume: { big: '1' } }),
      keyOf([]),
    ]).toEqual(['lb', 'instance.0.gpu', 'eip.bandwidth', 'volume.big', '(top)'])
  })
})
