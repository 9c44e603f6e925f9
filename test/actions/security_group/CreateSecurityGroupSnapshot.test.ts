import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateSecurityGroupSnapshot', () => {
  it('saves the current rules, applied or not', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 2, val1: '22', val2: '22' }],
    })
    const answer = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id, name: 'before' })
    expect(answer.security_group_snapshot_id).toMatch(/^sgs-[a-z0-9]{8}$/)
    expect(answer.security_group_id).toBe(security_group_id)
    const [snapshot] = (await api.client.describeSecurityGroupSnapshots({ security_group: security_group_id })).security_group_snapshot_set
    expect(snapshot).toMatchObject({ name: 'before', group_id: security_group_id, description: '' })
    expect(snapshot!.rules).toEqual([
      {
        security_group_rule_name: '',
        protocol: 'tcp',
        priority: 2,
        action: 'accept',
        direction: 0,
        val1: '22',
        val2: '22',
        val3: '',
        disabled: 0,
      },
    ])
  })

  it('answers 2100 for an unknown group and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    expect((await refusal(api.client.createSecurityGroupSnapshot({ security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.createSecurityGroupSnapshot({ security_group: security_group_id }))).ret_code).toBe(2100)
  })
})
