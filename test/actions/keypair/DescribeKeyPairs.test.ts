import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeKeyPairs', () => {
  it('filters by id, type, search word and attached instance; verbose adds instance_ids', async () => {
    await using api = await startTestServer()
    const a = await api.client.createKeyPair({ keypair_name: 'alpha', encrypt_method: 'ssh-ed25519' })
    api.clock.advance(1000)
    const b = await api.client.createKeyPair({ keypair_name: 'beta', encrypt_method: 'ecdsa-sha2-nistp521' })
    const [instance] = await runningInstances(api, { login_mode: 'keypair', login_keypair: b.keypair_id })
    const ids = async (params: Parameters<typeof api.client.describeKeyPairs>[0]) =>
      (await api.client.describeKeyPairs(params)).keypair_set.map((k) => k.keypair_id)
    expect(await ids({})).toEqual([b.keypair_id, a.keypair_id])
    expect(await ids({ keypairs: [a.keypair_id, 'kp-nothere0'] })).toEqual([a.keypair_id])
    expect(await ids({ encrypt_method: ['ssh-ed25519'] })).toEqual([a.keypair_id])
    expect(await ids({ encrypt_method: ['ssh-ed25519', 'ecdsa-sha2-nistp521'] })).toEqual([b.keypair_id, a.keypair_id])
    expect(await ids({ search_word: 'ALP' })).toEqual([a.keypair_id])
    expect(await ids({ instance_id: instance! })).toEqual([b.keypair_id])
    const verbose = await api.client.describeKeyPairs({ verbose: 1 })
    expect(verbose.keypair_set.map((k) => k.instance_ids)).toEqual([[instance], []])
    expect((await api.client.describeKeyPairs()).keypair_set[0]!.instance_ids).toBeUndefined()
  })

  it('reads encrypt_method as name=v (the SDKs), name.N (the CLI) or JSON text', async () => {
    await using api = await startTestServer()
    const a = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    api.clock.advance(1000)
    const b = await api.client.createKeyPair({ encrypt_method: 'ssh-rsa' })
    const ids = async (encrypt_method: unknown) =>
      (await api.client.call('DescribeKeyPairs', { encrypt_method } as never)).keypair_set.map((k) => k.keypair_id)
    expect(await ids('ssh-ed25519')).toEqual([a.keypair_id])
    expect(await ids(['ssh-rsa'])).toEqual([b.keypair_id])
    expect(await ids('["ssh-rsa","ssh-ed25519"]')).toEqual([b.keypair_id, a.keypair_id])
    expect(await ids('ssh-dss')).toEqual([])
    expect((await refusal(api.client.call('DescribeKeyPairs', { encrypt_method: 'ssh-foo' } as never))).ret_code).toBe(1100)
  })

  it('shows only the caller’s key pairs and answers 1100 for an unsupported type', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    await other.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    expect((await api.client.describeKeyPairs()).total_count).toBe(0)
    expect((await refusal(api.client.describeKeyPairs({ encrypt_method: ['ssh-foo' as 'ssh-rsa'] }))).ret_code).toBe(1100)
  })
})
