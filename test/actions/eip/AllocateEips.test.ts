import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AllocateEips', () => {
  it('allocates available EIPs with distinct addresses from the configured pool', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_EIP_POOL: '203.0.113.0/24' } })
    const { eips } = await api.client.allocateEips({ bandwidth: 5, count: 3, eip_name: 'web', billing_mode: 'traffic' })
    expect(eips).toHaveLength(3)
    expect(eips[0]).toMatch(/^eip-[a-z0-9]{8}$/)
    const { eip_set } = await api.client.describeEips({ eips })
    expect(new Set(eip_set.map((e) => e.eip_addr)).size).toBe(3)
    for (const eip of eip_set) {
      expect(eip.eip_addr).toMatch(/^203\.0\.113\.\d{1,3}$/)
      expect(eip).toMatchObject({
        eip_name: 'web',
        status: 'available',
        transition_status: '',
        bandwidth: 5,
        billing_mode: 'traffic',
        associate_mode: 0,
        need_icp: 0,
        icp_codes: '',
        sub_code: 0,
        resource: {},
        description: null,
        eip_group: { eip_group_id: 'eipg-00000000', eip_group_name: 'BGP multi-line' },
        tags: [],
      })
    }
  })

  it('never hands out an address twice: many concurrent clients exhaust a small pool exactly', async () => {
    // A /28 has 14 host addresses; 8 users ask for 2 each, concurrently: 7 get theirs, one gets 5200.
    await using api = await startTestServer({ env: { QINGSTACK_EIP_POOL: '198.51.100.0/28' } })
    const users = await Promise.all(Array.from({ length: 8 }, () => api.newUser()))
    const outcomes = await Promise.allSettled(users.map((u) => u.client.allocateEips({ bandwidth: 1, count: 2 })))
    const granted = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.eips] : []))
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { ret_code: number }] : []))
    expect(granted.flat()).toHaveLength(14)
    expect(refused.map((e) => e.ret_code)).toEqual([5200])
    const addresses: string[] = []
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status !== 'fulfilled') continue
      const { eip_set } = await users[i]!.client.describeEips({ eips: outcome.value.eips })
      addresses.push(...eip_set.map((e) => e.eip_addr))
    }
    expect(new Set(addresses).size).toBe(14)
  })

  it('keeps a released address out of the pool', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_EIP_POOL: '198.51.100.0/30' } })
    const { eips } = await api.client.allocateEips({ bandwidth: 1, count: 2 })
    await api.client.releaseEips({ eips })
    await api.drainJobs()
    const error = await refusal(api.client.allocateEips({ bandwidth: 1 }))
    expect([error.ret_code, error.message]).toEqual([
      5200,
      'InsufficientResources, the public address pool has no free address left for 1 more EIP',
    ])
  })

  it('checks bandwidth, billing_mode and the eip quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'eip=2' } })
    expect((await refusal(api.client.call('AllocateEips', {} as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.allocateEips({ bandwidth: 0 }))).ret_code).toBe(1100)
    expect((await refusal(api.client.call('AllocateEips', { bandwidth: 1, billing_mode: 'free' } as never))).ret_code).toBe(1100)
    await api.client.allocateEips({ bandwidth: 1, count: 2 })
    const error = await refusal(api.client.allocateEips({ bandwidth: 1 }))
    expect([error.ret_code, error.message]).toEqual([2500, 'QuotaExceeded, quota [eip] is 2: 2 in use, 1 more requested'])
  })
})
