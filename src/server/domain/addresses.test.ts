import { describe, expect, it } from 'vitest'
import { basePool, formatIp, isHostAddress, lowestFree, newMac, parseIp, randomAddresses } from './addresses.js'

describe('addresses', () => {
  it('parses and formats dotted quads', () => {
    expect(formatIp(parseIp('10.50.13.54')!)).toBe('10.50.13.54')
    expect(parseIp('255.255.255.255')).toBe(2 ** 32 - 1)
    expect(parseIp('10.50.256.1')).toBeUndefined()
    expect(parseIp('10.50.1')).toBeUndefined()
  })

  it('draws distinct host addresses inside the range', () => {
    const drawn = randomAddresses(basePool, 50)
    expect(new Set(drawn).size).toBe(drawn.length)
    expect(drawn.length).toBeGreaterThan(40)
    for (const n of drawn) {
      expect(n).toBeGreaterThanOrEqual(basePool.first)
      expect(n).toBeLessThanOrEqual(basePool.last)
      expect(isHostAddress(n)).toBe(true)
    }
  })

  it('finds the lowest free host addresses, skipping .0 and .255', () => {
    const range = { first: parseIp('10.0.0.254')!, last: parseIp('10.0.1.3')! }
    const taken = new Set([parseIp('10.0.1.1')!])
    expect(lowestFree(range, taken, 3).map(formatIp)).toEqual(['10.0.0.254', '10.0.1.2', '10.0.1.3'])
    expect(lowestFree(range, taken, 9)).toHaveLength(3)
  })

  it('makes MACs in the 52:54 range', () => {
    expect(newMac()).toMatch(/^52:54(:[0-9a-f]{2}){4}$/)
  })
})
