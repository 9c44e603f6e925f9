import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeSecurityGroupSnapshots', () => {
  it('lists a group’s snapshots newest first, oldest first with reverse=0, by id', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_snapshot_id: first } = await api.client.createSecurityGroupSnapshot({
      security_group: security_group_id,
      name: 'a',
    })
    api.clock.advance(1000)
    const { security_group_snapshot_id: second } = await api.client.createSecurityGroupSnapshot({
      security_group: security_group_id,
      name: 'b',
    })
    const ids = async (input: Partial<Parameters<typeof api.client.describeSecurityGroupSnapshots>[0]>) =>
      (await api.client.describeSecurityGroupSnapshots({ security_group: security_group_id, ...input })).security_group_snapshot_set.map(
        (s) => s.security_group_snapshot_id,
      )
    expect(await ids({})).toEqual([second, first])
    expect(await ids({ reverse: false })).toEqual([first, second])
    expect(await ids({ security_group_snapshots: [first] })).toEqual([first])
  })

  it('needs the group (1100) and answers 2100 for an unknown one', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.call('DescribeSecurityGroupSnapshots', {} as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.describeSecurityGroupSnapshots({ security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
  })
})
