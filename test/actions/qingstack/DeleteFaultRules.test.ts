import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteFaultRules', () => {
  it('deletes rules, which stop applying at once', async () => {
    await using api = await startTestServer()
    const { fault_rules } = await api.client.createFaultRules({ fault_action: 'DescribeVolumes', count: 5, ret_code: 5100 })
    expect((await refusal(api.client.describeVolumes({}))).ret_code).toBe(5100)
    expect(await api.client.deleteFaultRules({ fault_rules })).toMatchObject({ fault_rules })
    expect((await api.client.describeVolumes({})).total_count).toBe(0)
    expect((await api.client.describeFaultRules({})).total_count).toBe(0)
  })

  it('answers 2100 for an unknown ID, deleting none, and 1400 to anyone but root', async () => {
    await using api = await startTestServer()
    const { fault_rules } = await api.client.createFaultRules({ fault_action: 'DescribeVolumes', count: 1, ret_code: 5100 })
    const unknown = await refusal(api.client.deleteFaultRules({ fault_rules: [...fault_rules, 'fr-nothere'] }))
    expect([unknown.ret_code, unknown.message]).toEqual([2100, 'ResourceNotFound, fault rule [fr-nothere] does not exist'])
    const alice = await api.newUser()
    expect((await refusal(alice.client.deleteFaultRules({ fault_rules }))).ret_code).toBe(1400)
    expect((await api.client.describeFaultRules({})).total_count).toBe(1)
  })
})
