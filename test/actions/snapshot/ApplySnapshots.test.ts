import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { snapshotRecords, takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('ApplySnapshots', () => {
  it('rolls a stopped instance (resetting) and an available volume (recovering) back; the points become current', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const [volume] = await availableVolumes(api, { size: 20 })
    const [ofInstance, ofVolume] = await takenSnapshots(api, [instance!, volume!])
    const [later] = await takenSnapshots(api, [volume!])
    await api.client.resizeVolumes({ volumes: [volume!], size: 50 })
    await api.drainJobs()
    const { job_id } = await api.client.applySnapshots({ snapshots: [ofInstance!, ofVolume!] })
    expect(await instanceStates(api.client, [instance!])).toEqual([['stopped', 'resetting']])
    expect(await volumeStates(api.client, [volume!])).toEqual([['available', 'recovering', '', '']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, [instance!])).toEqual([['stopped', '']])
    expect(await volumeStates(api.client, [volume!])).toEqual([['available', '', '', '']])
    expect((await api.client.describeVolumes({ volumes: [volume!] })).volume_set[0]!.size).toBe(20)
    expect((await snapshotRecords(api.client, [ofVolume!, later!])).map((s) => s.is_head)).toEqual([1, 0])
    // The next point follows the applied one.
    const [next] = await takenSnapshots(api, [volume!])
    expect((await snapshotRecords(api.client, [next!]))[0]!.parent_id).toBe(ofVolume)
  })

  it('answers 1400 naming the state of a running instance or an in-use volume, and changes nothing', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const [point] = await takenSnapshots(api, [instance!])
    const error = await refusal(api.client.applySnapshots({ snapshots: [point!] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instance}] is not stopped (it is running), can not be rolled back`,
    ])
    expect(await instanceStates(api.client, [instance!])).toEqual([['running', '']])
    const [volume] = await availableVolumes(api)
    const [volumePoint] = await takenSnapshots(api, [volume!])
    await api.client.attachVolumes({ volumes: [volume!], instance: instance! })
    await api.drainJobs()
    expect((await refusal(api.client.applySnapshots({ snapshots: [volumePoint!] }))).message).toContain('is not available (it is in-use)')
  })

  it('answers 1100 for two points of one resource, 2100 for an unknown point, 2100 for another user’s', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const [a] = await takenSnapshots(api, [volume!])
    const [b] = await takenSnapshots(api, [volume!])
    expect((await refusal(api.client.applySnapshots({ snapshots: [a!, b!] }))).ret_code).toBe(1100)
    expect((await refusal(api.client.applySnapshots({ snapshots: ['ss-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.applySnapshots({ snapshots: [a!] }))).ret_code).toBe(2100)
  })
})
