import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes } from '../../harness/storage.js'

describe('CaptureInstanceFromSnapshot', () => {
  it('makes a private image of what an instance’s point holds, even of a running instance', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api, { os_disk_size: 30, instance_type: 'c2m4' })
    const [point] = await takenSnapshots(api, [instance!])
    const { image_id, job_id } = await api.client.captureInstanceFromSnapshot({ snapshot: point!, image_name: 'from-point' })
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({
      status: 'pending',
      transition_status: 'creating',
    })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({
      image_name: 'from-point',
      status: 'available',
      size: 30,
      os_family: 'centos',
      recommended_type: 'c2m4',
      provider: 'self',
      visibility: 'private',
    })
  })

  it('answers 1400 for a volume’s point, 2100 for an unknown one, 2500 past the image quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'image=0' } })
    const [volume] = await availableVolumes(api)
    const [ofVolume] = await takenSnapshots(api, [volume!])
    expect((await refusal(api.client.captureInstanceFromSnapshot({ snapshot: ofVolume! }))).ret_code).toBe(1400)
    expect((await refusal(api.client.captureInstanceFromSnapshot({ snapshot: 'ss-nothere0' }))).ret_code).toBe(2100)
    const [instance] = await runningInstances(api)
    const [point] = await takenSnapshots(api, [instance!])
    expect((await refusal(api.client.captureInstanceFromSnapshot({ snapshot: point! }))).ret_code).toBe(2500)
  })
})
