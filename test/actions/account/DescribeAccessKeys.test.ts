import { describe, expect, it } from 'vitest'
import { createAccessKey, setAccessKeyStatus } from '../../../src/server/accounts.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAccessKeys', () => {
  it('lists the caller’s keys without their secrets, filtered by id, status and search_word', async () => {
    await using api = await startTestServer()
    // Keys are provisioned out of band (`qingstack keys`), as QingCloud's API has no action for it.
    const second = await createAccessKey(api.app.database, api.clock, api.root.user_id, 'ci-robot')
    await setAccessKeyStatus(api.app.database, second.access_key_id, 'disabled')
    const all = await api.client.describeAccessKeys()
    expect(all.total_count).toBe(2)
    expect(all.access_key_set.map((k) => k.access_key_id).sort()).toEqual([api.root.access_key_id, second.access_key_id].sort())
    const robot = all.access_key_set.find((k) => k.access_key_id === second.access_key_id)!
    expect(robot).toMatchObject({
      access_key_name: 'ci-robot',
      owner: api.root.user_id,
      root_user_id: api.root.user_id,
      status: 'disabled',
    })
    expect(robot.create_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(JSON.stringify(all)).not.toContain(second.secret_access_key)
    expect(JSON.stringify(all)).not.toContain('secret')

    expect((await api.client.describeAccessKeys({ status: ['active'] })).access_key_set.map((k) => k.access_key_id)).toEqual([
      api.root.access_key_id,
    ])
    expect((await api.client.describeAccessKeys({ search_word: 'robot' })).access_key_set.map((k) => k.access_key_id)).toEqual([
      second.access_key_id,
    ])
    expect((await api.client.describeAccessKeys({ access_keys: [second.access_key_id] })).total_count).toBe(1)
  })

  it('shows no other user’s keys; an owner filter naming another user answers 1400', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const mine = await other.client.describeAccessKeys({ access_keys: [api.root.access_key_id, other.credentials.access_key_id] })
    expect(mine.access_key_set.map((k) => k.access_key_id)).toEqual([other.credentials.access_key_id])
    expect((await refusal(other.client.describeAccessKeys({ owner: api.root.user_id }))).ret_code).toBe(1400)
  })
})
