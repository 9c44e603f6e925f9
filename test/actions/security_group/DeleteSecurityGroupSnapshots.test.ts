import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteSecurityGroupSnapshots', () => {
  it('deletes snapshots; deleting the group deletes its snapshots too', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_snapshot_id: a } = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id })
    const { security_group_snapshot_id: b } = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id })
    expect((await api.client.deleteSecurityGroupSnapshots({ security_group_snapshots: [a] })).security_group_snapshots).toEqual([a])
    expect((await api.client.describeSecurityGroupSnapshots({ security_group: security_group_id })).total_count).toBe(1)
    await api.client.deleteSecurityGroups({ security_groups: [security_group_id] })
    expect((await refusal(api.client.deleteSecurityGroupSnapshots({ security_group_snapshots: [b] }))).ret_code).toBe(2100)
  })

  it('answers 2100 for another user’s, as for an unknown id snapshot', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_snapshot_id } = await api.client.createSecurityGroupSnapshot({ security_group: security_group_id })
    const other = await api.newUser()
    expect(
      (await refusal(other.client.deleteSecurityGroupSnapshots({ security_group_snapshots: [security_group_snapshot_id] }))).ret_code,
    ).toBe(2100)
  })
})
