import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeSecurityGroupRules', () => {
  it('filters by group, rule ids and direction only when sent, ordered by priority, paged', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [a, b, c],
    } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [
        { protocol: 'tcp', priority: 50, val1: '80' },
        { protocol: 'icmp', priority: 2, direction: 1, val1: '11', val2: '0' },
        { protocol: 'tcp', priority: 10, val1: '443' },
      ],
    })
    const ids = async (input: Parameters<typeof api.client.describeSecurityGroupRules>[0]) =>
      (await api.client.describeSecurityGroupRules(input)).security_group_rule_set.map((r) => r.security_group_rule_id)
    expect(await ids({ security_group: security_group_id })).toEqual([b, c, a])
    expect(await ids({ security_group: security_group_id, direction: 0 })).toEqual([c, a])
    expect(await ids({ security_group: security_group_id, direction: 1 })).toEqual([b])
    expect(await ids({ security_group_rules: [a!, b!] })).toEqual([b, a])
    const page = await api.client.describeSecurityGroupRules({ security_group: security_group_id, offset: 1, limit: 1 })
    expect([page.total_count, page.security_group_rule_set.map((r) => r.security_group_rule_id)]).toEqual([3, [c]])
    // Without a filter: every rule of every group, the default group's included.
    expect((await api.client.describeSecurityGroupRules({})).total_count).toBe(5)
  })

  it('answers 2100 for an unknown group and shows no other user’s rules', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1 }] })
    expect((await refusal(api.client.describeSecurityGroupRules({ security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    // Another user's group reads as unknown, naming no user (docs/compat.md#foreign-ids-read-as-unknown).
    const foreign = await refusal(other.client.describeSecurityGroupRules({ security_group: security_group_id }))
    expect([foreign.ret_code, foreign.message]).toEqual([2100, `ResourceNotFound, security group [${security_group_id}] does not exist`])
    expect((await other.client.describeSecurityGroupRules({ direction: 0 })).total_count).toBe(0)
  })
})
