import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifySecurityGroupRuleAttributes', () => {
  it('changes the fields given and marks the group not applied', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80' }] })
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

  it("disables and enables a rule (the CLI's -D/-E): kept, listed with disabled 1, a change to apply", async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule, other],
    } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [
        { protocol: 'tcp', priority: 1, val1: '80' },
        { protocol: 'udp', priority: 2, val1: '53' },
      ],
    })
    const disabled = async () =>
      (await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set.map((r) => [
        r.security_group_rule_id,
        r.disabled,
      ])
    expect(await disabled()).toEqual([
      [rule, 0],
      [other, 0],
    ])
    await api.client.applySecurityGroup({ security_group: security_group_id })
    await api.drainJobs()
    await api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, disabled: 1 })
    expect(await disabled()).toEqual([
      [rule, 1],
      [other, 0],
    ])
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
    // A snapshot keeps the flag, and a rollback restores it.
    const { security_group_snapshot_id } = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id })
    const [snapshot] = (await api.client.describeSecurityGroupSnapshots({ security_group: security_group_id })).security_group_snapshot_set
    expect(snapshot!.rules.map((r) => [r.protocol, r.disabled])).toEqual([
      ['tcp', 1],
      ['udp', 0],
    ])
    // Plain wire text as QingCloud's CLI sends it.
    await api.client.call('ModifySecurityGroupRuleAttributes', { security_group_rule: rule!, disabled: '0' } as never)
    expect(await disabled()).toEqual([
      [rule, 0],
      [other, 0],
    ])
    await api.client.rollbackSecurityGroup({ security_group: security_group_id, security_group_snapshot: security_group_snapshot_id })
    const restored = (await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set
    expect(restored.map((r) => [r.protocol, r.disabled])).toEqual([
      ['tcp', 1],
      ['udp', 0],
    ])
    expect(
      (await refusal(api.client.call('ModifySecurityGroupRuleAttributes', { security_group_rule: rule!, disabled: '2' } as never)))
        .ret_code,
    ).toBe(1100)
  })

  it('checks the rule as it would become (1100), the group named (1100), and ownership', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: '80', val2: '90' }],
    })
    const error = await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val1: '100' }))
    expect([error.ret_code, error.message]).toEqual([1100, 'InvalidParameter, parameter [val2] must not be below val1 [100]'])
    const { security_group_id: other_group } = await api.client.createSecurityGroup({})
    expect(
      (
        await refusal(
          api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, security_group: other_group, priority: 2 }),
        )
      ).ret_code,
    ).toBe(1100)
    expect(
      (await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: 'sgr-nothere0', priority: 2 }))).ret_code,
    ).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, priority: 2 }))).ret_code).toBe(2100)
  })

  it("names an IP or port set of the rule's owner only: another user's reads as one that never existed", async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id: victims } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    const attacker = await api.newUser()
    const { security_group_id } = await attacker.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await attacker.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: '80' }],
    })
    const foreign = await refusal(attacker.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val1: victims }))
    const unknown = await refusal(attacker.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val1: 'sgi-nothere0' }))
    expect([foreign.ret_code, foreign.message]).toEqual([2100, unknown.message.replace('sgi-nothere0', victims)])
    expect(unknown.ret_code).toBe(2100)
    expect((await attacker.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]!.val1).toBe(
      '80',
    )
    const { security_group_ipset_id: own } = await attacker.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    await attacker.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val1: own })
    expect((await attacker.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]!.val1).toBe(own)
  })

  it("in a project: a member naming a set outside it gets 2100, its own set on the owner's rule 1400", async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80' }] })
    const { security_group_ipset_id: outside } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    await api.client.addProjectResourceItems({ project_id, resources: [security_group_id] })
    const member = await memberWithRules(api, api.client, project_id, [
      { policy: 'security_group.modify' },
      { policy: 'security_group_ipset.modify' },
    ])
    const hidden = await refusal(member.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val3: outside }))
    const unknown = await refusal(member.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val3: 'sgi-nothere0' }))
    expect([hidden.ret_code, hidden.message]).toEqual([2100, unknown.message.replace('sgi-nothere0', outside)])
    const { security_group_ipset_id: own } = await member.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.2.0.0/16' })
    const mixed = await refusal(member.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val3: own }))
    expect([mixed.ret_code, mixed.message]).toEqual([
      1400,
      expect.stringContaining(`parameter [val3] names security group IP set [${own}]`) as string,
    ])
    // An address is still just an address.
    await member.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val3: '10.3.0.0/16' })
    expect((await api.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]!.val3).toBe(
      '10.3.0.0/16',
    )
  })

  it('refuses a set of the wrong kind for the field (1100 naming it) and changes nothing', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [rule],
    } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80' }] })
    const { security_group_ipset_id: addresses } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    const refused = await refusal(api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val2: addresses }))
    expect([refused.ret_code, refused.message]).toEqual([1100, expect.stringMatching(/val2.*port set/) as string])
    const record = (await api.client.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]
    expect(record).toMatchObject({ val1: '80', val2: '' })
    await api.client.modifySecurityGroupRuleAttributes({ security_group_rule: rule!, val3: addresses })
  })
})
