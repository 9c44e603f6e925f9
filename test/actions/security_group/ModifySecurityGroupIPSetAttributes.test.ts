import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifySecurityGroupIPSetAttributes', () => {
  it('changes name, description and entries; groups using the set get is_applied 0', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.1' })
    const { security_group_id } = await api.client.createSecurityGroup({})
    await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val3: security_group_ipset_id }],
    })
    await api.client.applySecurityGroup({ security_group: security_group_id })
    await api.drainJobs()
    const answer = await api.client.modifySecurityGroupIPSetAttributes({
      security_group_ipset: security_group_ipset_id,
      security_group_ipset_name: 'vpn',
      val: '10.0.0.2',
    })
    expect(answer.security_group_ipset_id).toBe(security_group_ipset_id)
    const set = (await api.client.describeSecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] }))
      .security_group_ipset_set[0]!
    expect([set.security_group_ipset_name, set.val]).toEqual(['vpn', '10.0.0.2'])
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
    await api.client.applySecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] })
    await api.drainJobs()
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(1)
  })

  it('checks new entries (1100), unknown and foreign sets (2100)', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    expect(
      (await refusal(api.client.modifySecurityGroupIPSetAttributes({ security_group_ipset: security_group_ipset_id, val: '10.0.0.1' })))
        .ret_code,
    ).toBe(1100)
    expect(
      (await refusal(api.client.modifySecurityGroupIPSetAttributes({ security_group_ipset: 'sgi-nothere0', val: '22' }))).ret_code,
    ).toBe(2100)
    const other = await api.newUser()
    expect(
      (await refusal(other.client.modifySecurityGroupIPSetAttributes({ security_group_ipset: security_group_ipset_id, val: '23' })))
        .ret_code,
    ).toBe(2100)
  })
})
