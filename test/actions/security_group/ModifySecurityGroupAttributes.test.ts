import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifySecurityGroupAttributes', () => {
  it('changes what is given, clears an empty description and keeps is_applied', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'old' })
    const answer = await api.client.modifySecurityGroupAttributes({ security_group: security_group_id, description: 'front end' })
    expect(answer.security_group_id).toBe(security_group_id)
    const read = async () => (await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!
    expect(await read()).toMatchObject({ security_group_name: 'old', description: 'front end', is_applied: 1 })
    await api.client.modifySecurityGroupAttributes({ security_group: security_group_id, security_group_name: 'new', description: '' })
    expect(await read()).toMatchObject({ security_group_name: 'new', description: null })
  })

  it('answers 2100 for an unknown group and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    expect(
      (await refusal(api.client.modifySecurityGroupAttributes({ security_group: 'sg-nothere0', security_group_name: 'x' }))).ret_code,
    ).toBe(2100)
    const other = await api.newUser()
    expect(
      (await refusal(other.client.modifySecurityGroupAttributes({ security_group: security_group_id, security_group_name: 'x' }))).ret_code,
    ).toBe(2100)
  })
})
