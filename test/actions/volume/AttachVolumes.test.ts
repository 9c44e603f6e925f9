import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('AttachVolumes', () => {
  it('attaches available volumes through attaching to in-use, with devices in order, visible from both sides', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api, { instance_name: 'db' })
    const volumes = await availableVolumes(api, { count: 2 })
    const { job_id } = await api.client.attachVolumes({ volumes, instance: instance! })
    expect(await volumeStates(api.client, volumes)).toEqual([
      ['available', 'attaching', instance, '/dev/sdb'],
      ['available', 'attaching', instance, '/dev/sdc'],
    ])
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]!.resource_ids).toBe([...volumes, instance].join(' '))
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await volumeStates(api.client, volumes)).toEqual([
      ['in-use', '', instance, '/dev/sdb'],
      ['in-use', '', instance, '/dev/sdc'],
    ])
    const [volume] = (await api.client.describeVolumes({ volumes: [volumes[0]!] })).volume_set
    expect(volume!.instance).toEqual({ instance_id: instance, instance_name: 'db', device: '/dev/sdb' })
    const [record] = (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set
    expect(record!.volume_ids).toEqual(volumes)
  })

  it('gives a later volume the first free device and works on a stopped instance, via the instance_id alias (docs/compat.md#instance-id-alias)', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const [a, b, c] = await availableVolumes(api, { count: 3 })
    await api.client.attachVolumes({ volumes: [a!, b!], instance_id: instance! })
    await api.drainJobs()
    await api.client.detachVolumes({ volumes: [a!], instance: instance! })
    await api.drainJobs()
    await api.client.attachVolumes({ volumes: [c!], instance: instance! })
    await api.drainJobs()
    expect(await volumeStates(api.client, [c!])).toEqual([['in-use', '', instance, '/dev/sdb']])
  })

  it('answers 1400 for a volume in use, a transitioning or terminated instance, or a class mismatch', async () => {
    await using api = await startTestServer()
    const [one, two] = await runningInstances(api, { count: 2 })
    const [volume, perf3] = [...(await availableVolumes(api)), ...(await availableVolumes(api, { volume_type: 3 }))]
    await api.client.attachVolumes({ volumes: [volume!], instance: one! })
    const attaching = await refusal(api.client.attachVolumes({ volumes: [volume!], instance: two! }))
    expect([attaching.ret_code, attaching.message]).toEqual([
      1400,
      `PermissionDenied, volume [${volume}] is attaching, can not be attached until it settles`,
    ])
    await api.drainJobs()
    const inUse = await refusal(api.client.attachVolumes({ volumes: [volume!], instance: two! }))
    expect(inUse.message).toBe(`PermissionDenied, volume [${volume}] is not available (it is in-use), can not be attached`)
    const mismatch = await refusal(api.client.attachVolumes({ volumes: [perf3!], instance: two! }))
    expect(mismatch.message).toContain('volume_type 3 can not be attached')
    await api.client.stopInstances({ instances: [two!] })
    const stopping = await refusal(api.client.attachVolumes({ volumes: [perf3!], instance: two! }))
    expect(stopping.message).toContain(`instance [${two}] is stopping`)
    expect(await volumeStates(api.client, [perf3!])).toEqual([['available', '', '', '']])
  })

  it('takes ten volumes per instance at most, and answers 2100 / 1100 for unknown or missing ids', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const volumes = await availableVolumes(api, { count: 11 })
    const full = await refusal(api.client.attachVolumes({ volumes, instance: instance! }))
    expect(full.message).toContain('can take 10 volumes')
    expect((await refusal(api.client.attachVolumes({ volumes: ['vol-nothere0'], instance: instance! }))).ret_code).toBe(2100)
    expect((await refusal(api.client.attachVolumes({ volumes, instance: 'i-nothere0' }))).ret_code).toBe(2100)
    expect((await refusal(api.client.attachVolumes({ volumes }))).message).toBe('MissingParameter, parameter [instance] is required')
  })
})
