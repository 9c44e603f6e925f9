import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifySecurityGroupRuleAttributes', () => {
  it('changes the fields given and marks the group not applied', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_rules: [rule] } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80' }] })
    await api.client.applySecurityGroup({ security_group: security_group_id })
    await api.drainJobs()
    const answer = await api.client.modifySecurityGroupRuleAttributes({
      security_group_rule: rule!,
      security_group: security_group_id,
      rule_action: 'drop',
      priority: 9,
      val2: '90',
      security_group_rule_name: 'web',
    })
    expect(answer.security_group_rule_id).toBe(rule)
    const record = (await api.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]
    expect(record).toMatchObject({ action: 'drop', priority: 9, val1: '80', val2: '90', protocol: 'tcp', security_group_rule_name: 'web' })
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
  })

  it('checks the rule as it would become (1100), the group named (1100), and ownership', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_rules: [rule] } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80', val2: '90' }] })
    const error = await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val1: '100' }))
    expect([error.ret_code, error.message]).toEqual([1100, 'InvalidParameter, parameter [val2] must not be below val1 [100]'])
    const { security_group_id: other_group } = await api.client.createSecurityGroup({})
    expect((await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, security_group: other_group, priority: 2 }))).ret_code).toBe(1100)
    expect((await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: 'sgr-nothere0', priority: 2 }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, priority: 2 }))).ret_code).toBe(1400)
  })
})
