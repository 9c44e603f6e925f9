import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('RollbackSecurityGroup', () => {
  it('replaces the rules with new copies of the snapshot’s and marks the group not applied', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const {
      security_group_rules: [kept],
    } = await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '22' }] })
    const { security_group_snapshot_id } = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id })
    await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'udp', priority: 1, val1: '53' }] })
    await api.client.applySecurityGroup({ security_group: security_group_id })
    await api.drainJobs()
    const answer = await api.client.rollbackSecurityGroup({
      security_group: security_group_id,
      security_group_snapshot: security_group_snapshot_id,
    })
    expect(answer).toMatchObject({ security_group_id, security_group_snapshot_id })
    const { security_group_rule_set } = await api.client.describeSecurityGroupRules({ security_group: security_group_id })
    expect(security_group_rule_set.map((r) => [r.protocol, r.val1])).toEqual([['tcp', '22']])
    expect(security_group_rule_set[0]!.security_group_rule_id).not.toBe(kept)
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
  })

  it('refuses a snapshot of another group with 1400', async () => {
    await using api = await startTestServer()
    const { security_group_id: a } = await api.client.createSecurityGroup({})
    const { security_group_id: b } = await api.client.createSecurityGroup({})
    const { security_group_snapshot_id } = await api.client.createSecurityGroupSnapshot({ security_group: a })
    const error = await refusal(
      api.client.rollbackSecurityGroup({ security_group: b, security_group_snapshot: security_group_snapshot_id }),
    )
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, security group snapshot [${security_group_snapshot_id}] is not a snapshot of security group [${b}]`,
    ])
    expect((await refusal(api.client.rollbackSecurityGroup({ security_group: a, security_group_snapshot: 'sgs-nothere0' }))).ret_code).toBe(
      2100,
    )
  })
})
