import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteSecurityGroupIPSets', () => {
  it('deletes unused sets and refuses one a rule names (1400), deleting nothing of the batch', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id: used } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    const { security_group_ipset_id: free } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '23' })
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_rules } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: used }],
    })
    const error = await refusal(api.client.deleteSecurityGroupIPSets({ security_group_ipsets: [free, used] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, security group IP set [${used}] is used by security group [${security_group_id}], can not be deleted`,
    ])
    await api.client.deleteSecurityGroupRules({ security_group_rules })
    expect((await api.client.deleteSecurityGroupIPSets({ security_group_ipsets: [free, used] })).security_group_ipsets).toEqual([
      free,
      used,
    ])
    expect((await refusal(api.client.deleteSecurityGroupIPSets({ security_group_ipsets: [free] }))).ret_code).toBe(2100)
  })
})
