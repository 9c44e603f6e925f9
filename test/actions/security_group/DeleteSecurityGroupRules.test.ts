import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteSecurityGroupRules', () => {
  it('deletes rules of several groups and marks each not applied', async () => {
    await using api = await startTestServer()
    const { security_group_id: a } = await api.client.createSecurityGroup({})
    const { security_group_id: b } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [ra, keep],
    } = await api.client.addSecurityGroupRules({
      security_group: a,
      rules: [
        { protocol: 'tcp', priority: 1 },
        { protocol: 'udp', priority: 1 },
      ],
    })
    const {
      security_group_rules: [rb],
    } = await api.client.addSecurityGroupRules({ security_group: b, rules: [{ protocol: 'tcp', priority: 1 }] })
    await api.client.applySecurityGroup({ security_group: a })
    await api.client.applySecurityGroup({ security_group: b })
    await api.drainJobs()
    expect((await api.client.deleteSecurityGroupRules({ security_group_rules: [ra!, rb!] })).security_group_rules).toEqual([ra, rb])
    const rules = await api.client.describeSecurityGroupRules({ security_group_rules: [ra!, rb!, keep!] })
    expect(rules.security_group_rule_set.map((r) => r.security_group_rule_id)).toEqual([keep])
    const groups = await api.client.describeSecurityGroups({ security_groups: [a, b] })
    expect(groups.security_group_set.map((g) => g.is_applied)).toEqual([0, 0])
  })

  it('answers 2100 for an unknown rule and for another user’s (as unknown), deleting nothing', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1 }] })
    expect((await refusal(api.client.deleteSecurityGroupRules({ security_group_rules: [rule!, 'sgr-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.deleteSecurityGroupRules({ security_group_rules: [rule!] }))).ret_code).toBe(2100)
    expect((await api.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).total_count).toBe(1)
  })
})
