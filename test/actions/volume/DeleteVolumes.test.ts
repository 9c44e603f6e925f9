import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('DeleteVolumes', () => {
  it('moves available volumes through deleting to deleted, still listed; direct_cease=1 ceases them', async () => {
    await using api = await startTestServer()
    const [a, b] = await availableVolumes(api, { count: 2 })
    const { job_id } = await api.client.deleteVolumes({ volumes: [a!] })
    expect(await volumeStates(api.client, [a!])).toEqual([['available', 'deleting', '', '']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await volumeStates(api.client, [a!])).toEqual([['deleted', '', '', '']])
    await api.client.deleteVolumes({ volumes: [b!], direct_cease: true })
    await api.drainJobs()
    expect(await volumeStates(api.client, [b!])).toEqual([['ceased', '', '', '']])
    expect((await api.client.describeVolumes()).volume_set.map((v) => v.volume_id)).toEqual([a])
  })

  it('answers 1400 for a volume in use and deletes nothing of the batch', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const [used, free] = await availableVolumes(api, { count: 2 })
    await api.client.attachVolumes({ volumes: [used!], instance: instance! })
    await api.drainJobs()
    const error = await refusal(api.client.deleteVolumes({ volumes: [free!, used!] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, volume [${used}] is not available (it is in-use), can not be deleted`,
    ])
    expect(await volumeStates(api.client, [free!, used!])).toEqual([
      ['available', '', '', ''],
      ['in-use', '', instance, '/dev/sdb'],
    ])
    expect((await refusal(api.client.deleteVolumes({ volumes: ['vol-nothere0'] }))).ret_code).toBe(2100)
  })
})
