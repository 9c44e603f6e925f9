import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyKeyPairAttributes', () => {
  it('changes what is given and keeps what is absent', async () => {
    await using api = await startTestServer()
    const { keypair_id } = await api.client.createKeyPair({ keypair_name: 'old', encrypt_method: 'ssh-ed25519' })
    await api.client.modifyKeyPairAttributes({ keypair: keypair_id, description: 'laptop' })
    expect((await api.client.describeKeyPairs({ keypairs: [keypair_id] })).keypair_set[0]).toMatchObject({
      keypair_name: 'old',
      description: 'laptop',
    })
    await api.client.modifyKeyPairAttributes({ keypair: keypair_id, keypair_name: 'new' })
    expect((await api.client.describeKeyPairs({ keypairs: [keypair_id] })).keypair_set[0]).toMatchObject({
      keypair_name: 'new',
      description: 'laptop',
    })
  })

  it('answers 2100 for an unknown key pair and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    expect((await refusal(api.client.modifyKeyPairAttributes({ keypair: 'kp-nothere0', keypair_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyKeyPairAttributes({ keypair: keypair_id, keypair_name: 'x' }))).ret_code).toBe(2100)
  })
})
