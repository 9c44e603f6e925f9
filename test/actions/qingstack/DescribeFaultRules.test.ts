import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeFaultRules', () => {
  it('lists the rules oldest first, by ID and in pages; root alone may', async () => {
    await using api = await startTestServer()
    const a = (await api.client.createFaultRules({ fault_action: 'RunInstances', count: 2, ret_code: 5100 })).fault_rules[0]!
    api.clock.advance(1000)
    const b = (await api.client.createFaultRules({ fault_action: 'Stop*', target_zone: 'pek3a', probability: '0.5', delay_ms: 100 }))
      .fault_rules[0]!
    const all = await api.client.describeFaultRules({})
    expect(all.total_count).toBe(2)
    expect(all.fault_rule_set.map((r) => r.fault_rule_id)).toEqual([a, b])
    expect(all.fault_rule_set[1]).toMatchObject({
      fault_action: 'Stop*',
      zone_id: 'pek3a',
      probability: 0.5,
      effect: 'delay',
      delay_ms: 100,
      status: 'active',
      user_id: '',
      expire_time: '',
    })
    expect((await api.client.describeFaultRules({ fault_rules: [b, 'fr-nothere'] })).fault_rule_set.map((r) => r.fault_rule_id)).toEqual([
      b,
    ])
    const page = await api.client.describeFaultRules({ offset: 1, limit: 1 })
    expect([page.total_count, page.fault_rule_set.map((r) => r.fault_rule_id)]).toEqual([2, [b]])
    const alice = await api.newUser()
    expect((await refusal(alice.client.describeFaultRules({}))).ret_code).toBe(1400)
  })
})
