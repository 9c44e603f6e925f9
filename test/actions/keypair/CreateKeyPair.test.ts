import { createPrivateKey, createPublicKey } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateKeyPair', () => {
  it('generates an RSA pair by default: the private key comes back once, only the public part is kept', async () => {
    await using api = await startTestServer()
    const created = await api.client.createKeyPair({ keypair_name: 'ops' })
    expect(created.keypair_id).toMatch(/^kp-[a-z0-9]{8}$/)
    expect(created.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/)
    const [record] = (await api.client.describeKeyPairs({ keypairs: [created.keypair_id] })).keypair_set
    expect(record).toMatchObject({ keypair_name: 'ops', encrypt_method: 'ssh-rsa', description: null })
    // The stored body is the SSH form of the returned key's public half.
    const jwk = createPublicKey(createPrivateKey(created.private_key)).export({ format: 'jwk' })
    const blob = Buffer.from(record!.pub_key, 'base64')
    expect(blob.subarray(4, 11).toString()).toBe('ssh-rsa')
    expect(blob.subarray(blob.length - 256).toString('base64url')).toBe(jwk.n)
    expect(JSON.stringify(await api.client.describeKeyPairs({ verbose: 1 }))).not.toContain('PRIVATE KEY')
  })

  it('generates each documented type (docs/compat.md#private-key-formats)', async () => {
    await using api = await startTestServer()
    for (const encrypt_method of ['ssh-dss', 'ecdsa-sha2-nistp521', 'ssh-ed25519'] as const) {
      const created = await api.client.createKeyPair({ encrypt_method })
      expect(created.private_key).toContain('PRIVATE KEY-----')
      const [record] = (await api.client.describeKeyPairs({ keypairs: [created.keypair_id] })).keypair_set
      expect(record!.encrypt_method).toBe(encrypt_method)
    }
  })

  it('keeps a user key’s body and takes its type from the key itself (docs/compat.md#pub-key)', async () => {
    await using api = await startTestServer()
    const source = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const [generated] = (await api.client.describeKeyPairs({ keypairs: [source.keypair_id] })).keypair_set
    const created = await api.client.createKeyPair({
      mode: 'user',
      public_key: `ssh-ed25519 ${generated!.pub_key} me@laptop`,
      encrypt_method: 'ssh-rsa',
    })
    expect(created.private_key).toBe('')
    const [record] = (await api.client.describeKeyPairs({ keypairs: [created.keypair_id] })).keypair_set
    expect(record).toMatchObject({ encrypt_method: 'ssh-ed25519', pub_key: generated!.pub_key })
  })

  it('answers 1100 for a missing or unreadable public key, and 2500 past the quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'keypair=1' } })
    expect((await refusal(api.client.createKeyPair({ mode: 'user' }))).message).toBe('MissingParameter, parameter [public_key] is required')
    expect((await refusal(api.client.createKeyPair({ mode: 'user', public_key: 'ssh-rsa nonsense' }))).message).toContain('[public_key]')
    expect((await refusal(api.client.createKeyPair({ mode: 'other' as 'user' }))).ret_code).toBe(1100)
    await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const quota = await refusal(api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' }))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [keypair] is 1: 1 in use, 1 more requested'])
    expect((await api.client.describeKeyPairs()).total_count).toBe(1)
  })
})
