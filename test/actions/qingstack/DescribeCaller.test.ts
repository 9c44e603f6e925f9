import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'

describe('DescribeCaller', () => {
  it('says which user and key signed, and whether that user is root', async () => {
    await using api = await startTestServer()
    const root = await api.client.describeCaller()
    expect(root).toMatchObject({ role: 'root', access_key_id: api.root.access_key_id, user_id: api.root.user_id })
    const alice = await api.newUser('alice@example.com')
    expect(await alice.client.describeCaller()).toMatchObject({
      user_id: alice.credentials.user_id,
      email: 'alice@example.com',
      role: 'user',
      access_key_id: alice.credentials.access_key_id,
    })
  })
})
