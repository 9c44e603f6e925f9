import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateSecurityGroup', () => {
  it('creates an applied group with no rules, next to the lazily created default group', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web' })
    expect(security_group_id).toMatch(/^sg-[a-z0-9]{8}$/)
    const { security_group_set } = await api.client.describeSecurityGroups({ sort_key: 'security_group_name' })
    expect(security_group_set.map((g) => [g.security_group_name, g.is_default, g.is_applied, g.description])).toEqual([
      ['default security group', 1, 1, null],
      ['web', 0, 1, null],
    ])
    const rules = await api.client.describeSecurityGroupRules({ security_group: security_group_id })
    expect(rules.total_count).toBe(0)
  })

  it('names an unnamed group "" and enforces the security_group quota with 2500', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'security_group=2' } })
    const { security_group_id } = await api.client.createSecurityGroup({})
    const group = (await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!
    expect(group.security_group_name).toBe('')
    // The default group counts: two groups are the limit.
    const error = await refusal(api.client.createSecurityGroup({ security_group_name: 'third' }))
    expect([error.ret_code, error.message]).toEqual([2500, 'QuotaExceeded, quota [security_group] is 2: 2 in use, 1 more requested'])
  })
})
