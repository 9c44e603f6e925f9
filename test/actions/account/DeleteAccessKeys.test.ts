import { describe, expect, it } from 'vitest'
import { createAccessKey } from '../../../src/server/accounts.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteAccessKeys', () => {
  it('deletes the caller’s other keys: they no longer sign requests', async () => {
    await using api = await startTestServer()
    const spare = await createAccessKey(api.app.database, api.clock, api.root.user_id, 'spare')
    const spareClient = api.clientFor(spare)
    expect((await spareClient.describeAccessKeys()).total_count).toBe(2)
    expect(await api.client.deleteAccessKeys({ access_keys: [spare.access_key_id] })).toMatchObject({ access_keys: [spare.access_key_id] })
    expect((await api.client.describeAccessKeys()).access_key_set.map((k) => k.access_key_id)).toEqual([api.root.access_key_id])
    expect((await refusal(spareClient.describeZones())).ret_code).toBe(1200)
  })

  it('answers 1400 for the key signing the request and 2100 for an unknown or another user’s key, deleting nothing', async () => {
    await using api = await startTestServer()
    const spare = await createAccessKey(api.app.database, api.clock, api.root.user_id, 'spare')
    const self = await refusal(api.client.deleteAccessKeys({ access_keys: [spare.access_key_id, api.root.access_key_id] }))
    expect([self.ret_code, self.message]).toEqual([
      1400,
      `PermissionDenied, access key [${api.root.access_key_id}] signs this request, it can not be deleted by it`,
    ])
    const other = await api.newUser()
    expect((await refusal(other.client.deleteAccessKeys({ access_keys: [spare.access_key_id] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.deleteAccessKeys({ access_keys: ['QYNOTHERE0000000000'] }))).ret_code).toBe(2100)
    expect((await api.client.describeAccessKeys()).total_count).toBe(2)
  })
})
