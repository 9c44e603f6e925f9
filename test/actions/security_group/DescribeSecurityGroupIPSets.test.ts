import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeSecurityGroupIPSets', () => {
  it('filters by type and name; verbose=1 names the groups whose rules use a set', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id: ips } = await api.client.createSecurityGroupIPSet({
      ipset_type: 0,
      val: '10.0.0.0/8',
      security_group_ipset_name: 'Office',
    })
    const { security_group_ipset_id: ports } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    const ids = async (input: Parameters<typeof api.client.describeSecurityGroupIPSets>[0]) =>
      (await api.client.describeSecurityGroupIPSets(input)).security_group_ipset_set.map((s) => s.security_group_ipset_id)
    expect(await ids({ ipset_type: 1 })).toEqual([ports])
    expect(await ids({ security_group_ipset_name: 'offi' })).toEqual([ips])
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web' })
    await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: ports, val3: ips }],
    })
    const verbose = await api.client.describeSecurityGroupIPSets({ security_group_ipsets: [ips], verbose: 1 })
    expect(verbose.security_group_ipset_set[0]!.resources).toEqual([
      { resource_id: security_group_id, resource_name: 'web', resource_type: 'security_group' },
    ])
  })

  it('answers 2100 for an unknown or foreign id', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    expect((await refusal(api.client.describeSecurityGroupIPSets({ security_group_ipsets: ['sgi-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeSecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] }))).ret_code).toBe(
      2100,
    )
  })
})
