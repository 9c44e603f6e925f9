import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DetachKeyPairs', () => {
  it('detaches when the job ends; a pair that is not attached is left as it is', async () => {
    await using api = await startTestServer()
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const other = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const [instance] = await runningInstances(api, { login_mode: 'keypair', login_keypair: kp.keypair_id })
    const { job_id } = await api.client.detachKeyPairs({ keypairs: [kp.keypair_id, other.keypair_id], instances: [instance!] })
    expect((await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!.keypair_ids).toEqual([
      kp.keypair_id,
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!.keypair_ids).toEqual([])
  })

  it('answers 2100 for an unknown instance and 1400 for one that is not running or stopped', async () => {
    await using api = await startTestServer()
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    expect((await refusal(api.client.detachKeyPairs({ keypairs: [kp.keypair_id], instances: ['i-nothere0'] }))).ret_code).toBe(2100)
    const [instance] = await runningInstances(api)
    await api.client.restartInstances({ instances: [instance!] })
    expect((await refusal(api.client.detachKeyPairs({ keypairs: [kp.keypair_id], instances: [instance!] }))).message).toContain(
      'is restarting',
    )
  })
})
