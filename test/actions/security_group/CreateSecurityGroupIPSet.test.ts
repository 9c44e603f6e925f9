import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateSecurityGroupIPSet', () => {
  it('creates IP and port sets with their entries kept as sent', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({
      ipset_type: 0,
      val: '192.168.1.0/24,10.0.0.1',
      security_group_ipset_name: 'office',
    })
    expect(security_group_ipset_id).toMatch(/^sgi-[a-z0-9]{8}$/)
    await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22\n8000-9000' })
    const { security_group_ipset_set } = await api.client.describeSecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] })
    expect(security_group_ipset_set[0]).toMatchObject({
      security_group_ipset_name: 'office',
      ipset_type: 0,
      val: '192.168.1.0/24,10.0.0.1',
      description: null,
      tags: [],
    })
  })

  it('checks the entries against the type (1100) and the quota (2500)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'security_group_ipset=1' } })
    expect((await refusal(api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '80' }))).message).toBe(
      'InvalidParameter, parameter [val] must list IPv4 addresses or CIDRs (got [80])',
    )
    expect((await refusal(api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '0-70000' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.call('CreateSecurityGroupIPSet', { ipset_type: 2, val: '1' } as never))).ret_code).toBe(1100)
    await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    expect((await refusal(api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '23' }))).ret_code).toBe(2500)
  })
})
