import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits } from '../../../src/server/domain/prices.js'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const HOUR = 3_600_000
const c1m1 = { resource_type: 'instance', instance_class: 0, vcpus: 1, memory_mb: 1024 } as const

describe('GetBalance', () => {
  it('is the starting credit less every charge made so far (docs/compat.md#billing-balance)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant', QINGSTACK_CREDIT: '2.5' } })
    expect(await api.client.getBalance({})).toMatchObject({ user_id: api.root.user_id, balance: '2.5', bonus: '0', coupons: [] })
    await runningInstances(api)
    api.clock.advance(30 * 60_000)
    expect((await api.client.getBalance({})).balance).toBe('2.5') // the first hour is not over
    api.clock.advance(100 * HOUR)
    // 100 whole hours have passed since the start: the balance goes below zero, and nothing stops.
    const spent = 100 * hourlyUnits(defaultPrices, c1m1)
    expect((await api.client.getBalance({ user: api.root.user_id })).balance).toBe(formatUnits(25_000 - spent))
    expect(25_000 - spent).toBeLessThan(0)
  })

  it("refuses another user's balance (1400 naming the parameter)", async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const refused = await refusal(other.client.getBalance({ user: api.root.user_id }))
    expect([refused.ret_code, refused.message]).toEqual([1400, expect.stringContaining('parameter [user]')])
  })
})
