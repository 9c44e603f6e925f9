import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CopySecurityGroupIPSets', () => {
  it('copies sets into other zones with their name, type and entries', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_ZONES: 'pek3a,sh1a' } })
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({
      ipset_type: 0,
      val: '10.0.0.0/8',
      security_group_ipset_name: 'lan',
    })
    await api.client.copySecurityGroupIPSets({ ipsets: [security_group_ipset_id], dest_zones: ['sh1a', 'pek3a'] })
    const sh1a = api.clientFor(api.root, 'sh1a')
    const copied = (await sh1a.describeSecurityGroupIPSets({})).security_group_ipset_set
    expect(copied.map((s) => [s.security_group_ipset_name, s.ipset_type, s.val, s.zone_id])).toEqual([['lan', 0, '10.0.0.0/8', 'sh1a']])
    expect(copied[0]!.security_group_ipset_id).not.toBe(security_group_ipset_id)
    expect((await api.client.describeSecurityGroupIPSets({})).total_count).toBe(2)
  })

  it('answers 1100 for an unknown zone, 2100 for an unknown set, 2100 for another user’s', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    const error = await refusal(api.client.copySecurityGroupIPSets({ ipsets: [security_group_ipset_id], dest_zones: ['mars1'] }))
    expect([error.ret_code, error.message]).toEqual([
      1100,
      'InvalidParameter, parameter [dest_zones.1] names no zone of this server (got [mars1])',
    ])
    expect((await refusal(api.client.copySecurityGroupIPSets({ ipsets: ['sgi-nothere0'], dest_zones: ['pek3a'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect(
      (await refusal(other.client.copySecurityGroupIPSets({ ipsets: [security_group_ipset_id], dest_zones: ['pek3a'] }))).ret_code,
    ).toBe(2100)
  })
})
