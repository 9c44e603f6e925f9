import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AttachKeyPairs', () => {
  it('attaches every key pair to every instance when the job ends; attaching again changes nothing', async () => {
    await using api = await startTestServer()
    const [running] = await runningInstances(api)
    const [stopped] = await stoppedInstances(api)
    const a = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const b = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const pairs = [a.keypair_id, b.keypair_id]
    const { job_id } = await api.client.attachKeyPairs({ keypairs: pairs, instances: [running!, stopped!] })
    const verbose = async () =>
      (await api.client.describeKeyPairs({ keypairs: pairs, verbose: 1, sort_key: 'create_time' })).keypair_set.map((k) =>
        [...k.instance_ids!].sort(),
      )
    expect(await verbose()).toEqual([[], []])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await verbose()).toEqual([[running, stopped].sort(), [running, stopped].sort()])
    await api.client.attachKeyPairs({ keypairs: [a.keypair_id], instances: [running!] })
    await api.drainJobs()
    const [record] = (await api.client.describeInstances({ instances: [running!], verbose: 1 })).instance_set
    expect([...record!.keypair_ids!].sort()).toEqual([...pairs].sort())
  })

  it('answers 1400 for an instance that is not running or stopped, 2100 for unknown ids', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    await api.client.stopInstances({ instances: [instance!] })
    const stopping = await refusal(api.client.attachKeyPairs({ keypairs: [kp.keypair_id], instances: [instance!] }))
    expect([stopping.ret_code, stopping.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instance}] is stopping, can not be changed until it settles`,
    ])
    await api.drainJobs()
    await api.client.terminateInstances({ instances: [instance!] })
    await api.drainJobs()
    const terminated = await refusal(api.client.attachKeyPairs({ keypairs: [kp.keypair_id], instances: [instance!] }))
    expect(terminated.message).toContain('(it is terminated)')
    expect((await refusal(api.client.attachKeyPairs({ keypairs: ['kp-nothere0'], instances: [instance!] }))).ret_code).toBe(2100)
    expect((await api.client.describeJobs({ job_action: 'AttachKeyPairs' })).total_count).toBe(0)
  })

  it('skips a key pair deleted while the job waits', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const { job_id } = await api.client.attachKeyPairs({ keypairs: [kp.keypair_id], instances: [instance!] })
    await api.client.deleteKeyPairs({ keypairs: [kp.keypair_id] })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!.keypair_ids).toEqual([])
  })
})
