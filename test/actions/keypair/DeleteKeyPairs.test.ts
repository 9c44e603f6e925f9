import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteKeyPairs', () => {
  it('deletes unused key pairs at once and answers their ids', async () => {
    await using api = await startTestServer()
    const a = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const b = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const answer = await api.client.deleteKeyPairs({ keypairs: [a.keypair_id, b.keypair_id] })
    expect(answer).toMatchObject({ keypairs: [a.keypair_id, b.keypair_id] })
    expect((await api.client.describeKeyPairs()).total_count).toBe(0)
    expect((await refusal(api.client.deleteKeyPairs({ keypairs: [a.keypair_id] }))).ret_code).toBe(2100)
  })

  it('refuses (1400) a key pair still attached, deleting nothing; once its instance is terminated it goes', async () => {
    await using api = await startTestServer()
    const used = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const free = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const [instance] = await runningInstances(api, { login_mode: 'keypair', login_keypair: used.keypair_id })
    const error = await refusal(api.client.deleteKeyPairs({ keypairs: [free.keypair_id, used.keypair_id] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, key pair [${used.keypair_id}] is attached to instance [${instance}], can not be deleted`,
    ])
    expect((await api.client.describeKeyPairs()).total_count).toBe(2)
    await api.client.terminateInstances({ instances: [instance!] })
    await api.drainJobs()
    await api.client.deleteKeyPairs({ keypairs: [used.keypair_id] })
  })
})
