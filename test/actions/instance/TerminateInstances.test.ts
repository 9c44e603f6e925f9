import { describe, expect, it } from 'vitest'
import { basicInstance, instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('TerminateInstances', () => {
  it('moves running and stopped instances through terminating to terminated, still listed', async () => {
    await using api = await startTestServer()
    const [running] = await runningInstances(api)
    const [stopped] = await stoppedInstances(api)
    const { job_id } = await api.client.terminateInstances({ instances: [running!, stopped!] })
    expect(await instanceStates(api.client, [running!, stopped!])).toEqual([
      ['running', 'terminating'],
      ['stopped', 'terminating'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, [running!, stopped!])).toEqual([
      ['terminated', ''],
      ['terminated', ''],
    ])
    // The recycle bin is listed without a filter (docs/compat.md#ended-resources).
    expect((await api.client.describeInstances()).total_count).toBe(2)
  })

  it('lets go of volumes, key pairs and the private address in the job’s transaction', async () => {
    await using api = await startTestServer()
    const kp = await api.client.createKeyPair({ keypair_name: 'ops', encrypt_method: 'ssh-ed25519' })
    const { volumes } = await api.client.createVolumes({ size: 20 })
    await api.drainJobs()
    const [instance] = await runningInstances(api, { login_mode: 'keypair', login_keypair: kp.keypair_id, volumes })
    const address = (await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!.vxnets[0]!.private_ip
    await api.client.terminateInstances({ instances: [instance!] })
    // Nothing is let go before the job ends.
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]).toMatchObject({ status: 'in-use' })
    await api.drainJobs()
    const [after] = (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set
    expect(after).toMatchObject({ status: 'terminated', vxnets: [], volume_ids: [], keypair_ids: [] })
    const [volume] = (await api.client.describeVolumes({ volumes })).volume_set
    expect(volume).toMatchObject({ status: 'available', transition_status: '' })
    expect(volume!.instance).toBeUndefined()
    const [keypair] = (await api.client.describeKeyPairs({ keypairs: [kp.keypair_id], verbose: 1 })).keypair_set
    expect(keypair!.instance_ids).toEqual([])
    expect(address).toMatch(/^10\.50\./)
  })

  it('ceases at once with direct_cease=1: hidden unless asked for by id or status', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    await api.client.terminateInstances({ instances, direct_cease: true })
    await api.drainJobs()
    expect(await instanceStates(api.client, instances)).toEqual([['ceased', '']])
    expect((await api.client.describeInstances()).total_count).toBe(0)
    expect((await api.client.describeInstances({ status: ['ceased'] })).total_count).toBe(1)
    expect((await refusal(api.client.terminateInstances({ instances }))).ret_code).toBe(2100)
  })

  it('answers 1400 while pending (Go’s tests retry that) and once terminated', async () => {
    await using api = await startTestServer()
    const { instances } = await api.client.runInstances(basicInstance)
    const pending = await refusal(api.client.terminateInstances({ instances }))
    expect([pending.ret_code, pending.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is creating, can not be terminated until it settles`,
    ])
    await api.drainJobs()
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    const again = await refusal(api.client.terminateInstances({ instances }))
    expect(again.message).toBe(
      `PermissionDenied, instance [${instances[0]}] is not running or stopped or suspended (it is terminated), can not be terminated`,
    )
  })
})
