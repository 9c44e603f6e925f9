import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes } from '../../harness/storage.js'

describe('ResizeVolumes', () => {
  it('grows available volumes through resizing; the new size shows when the job ends', async () => {
    await using api = await startTestServer()
    const volumes = await availableVolumes(api, { count: 2 })
    const { job_id } = await api.client.resizeVolumes({ volumes, size: 50 })
    const during = await api.client.describeVolumes({ volumes })
    expect(during.volume_set.map((v) => [v.status, v.transition_status, v.size])).toEqual([
      ['available', 'resizing', 20],
      ['available', 'resizing', 20],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const after = await api.client.describeVolumes({ volumes })
    expect(after.volume_set.map((v) => [v.status, v.transition_status, v.size])).toEqual([
      ['available', '', 50],
      ['available', '', 50],
    ])
  })

  it('only grows (1100), within the type’s range, on available volumes (1400), within the size quota (2500)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'volume_size=100' } })
    const [volume] = await availableVolumes(api, { size: 40 })
    expect((await refusal(api.client.resizeVolumes({ volumes: [volume!], size: 40 }))).message).toContain('must be larger than the 40 GB')
    expect((await refusal(api.client.resizeVolumes({ volumes: [volume!], size: 2000 }))).message).toContain('from 10 to 1000')
    expect((await refusal(api.client.resizeVolumes({ volumes: [volume!], size: 110 }))).ret_code).toBe(2500)
    const [instance] = await runningInstances(api)
    await api.client.attachVolumes({ volumes: [volume!], instance: instance! })
    await api.drainJobs()
    const inUse = await refusal(api.client.resizeVolumes({ volumes: [volume!], size: 60 }))
    expect([inUse.ret_code, inUse.message]).toEqual([
      1400,
      `PermissionDenied, volume [${volume}] is not available (it is in-use), can not be resized`,
    ])
  })
})
