import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('DetachVolumes', () => {
  it('detaches in-use volumes through detaching to available', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const volumes = await availableVolumes(api)
    await api.client.attachVolumes({ volumes, instance: instance! })
    await api.drainJobs()
    const { job_id } = await api.client.detachVolumes({ volumes, instance: instance! })
    expect(await volumeStates(api.client, volumes)).toEqual([['in-use', 'detaching', instance, '/dev/sdb']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await volumeStates(api.client, volumes)).toEqual([['available', '', '', '']])
    expect((await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!.volume_ids).toEqual([])
  })

  it('answers 1400 for a volume that is not in use, or attached to another instance', async () => {
    await using api = await startTestServer()
    const [one, two] = await runningInstances(api, { count: 2 })
    const [volume] = await availableVolumes(api)
    const free = await refusal(api.client.detachVolumes({ volumes: [volume!], instance: one! }))
    expect(free.message).toBe(`PermissionDenied, volume [${volume}] is not in-use (it is available), can not be detached`)
    await api.client.attachVolumes({ volumes: [volume!], instance: one! })
    await api.drainJobs()
    const elsewhere = await refusal(api.client.detachVolumes({ volumes: [volume!], instance: two! }))
    expect(elsewhere.message).toBe(`PermissionDenied, volume [${volume}] is not attached to instance [${two}]`)
  })
})
