import { describe, expect, it } from 'vitest'
import { basicInstance, instanceStates, runningInstances } from '../harness/compute.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'
import { snapshotRecords } from '../harness/snapshots.js'
import { availableVolumes, volumeStates } from '../harness/storage.js'

describe('images and snapshots, end to end', () => {
  it('backs up an instance and its volume, rolls back, captures, shares, and outlives the source', async () => {
    await using api = await startTestServer()
    const jobs: string[] = []
    const [web] = await runningInstances(api, { instance_name: 'web', os_disk_size: 30 })
    const [data] = await availableVolumes(api, { size: 50, volume_name: 'data' })
    jobs.push((await api.client.attachVolumes({ volumes: [data!], instance: web! })).job_id)
    await api.drainJobs()

    // Back up both while running; a second call chains incremental points.
    const first = await api.client.createSnapshots({ resources: [web!, data!], snapshot_name: 'monday' })
    jobs.push(first.job_id)
    await api.drainJobs()
    api.clock.advance(86_400_000)
    const second = await api.client.createSnapshots({ resources: [web!, data!], snapshot_name: 'tuesday' })
    jobs.push(second.job_id)
    await api.drainJobs()
    const [webMonday, dataMonday] = first.snapshots
    const [, dataTuesday] = second.snapshots
    expect((await snapshotRecords(api.client, [dataTuesday!]))[0]).toMatchObject({
      snapshot_type: 0,
      parent_id: dataMonday,
      root_id: dataMonday,
      is_head: 1,
    })

    // Rolling the volume back needs it detached (available) first.
    expect((await refusal(api.client.applySnapshots({ snapshots: [dataMonday!] }))).ret_code).toBe(1400)
    jobs.push((await api.client.detachVolumes({ volumes: [data!], instance: web! })).job_id)
    await api.drainJobs()
    jobs.push((await api.client.applySnapshots({ snapshots: [dataMonday!] })).job_id)
    await api.drainJobs()
    expect(await volumeStates(api.client, [data!])).toEqual([['available', '', '', '']])

    // An image from Monday's point of the running instance; another from the instance once stopped.
    const fromPoint = await api.client.captureInstanceFromSnapshot({ snapshot: webMonday!, image_name: 'web-monday' })
    jobs.push(fromPoint.job_id)
    expect((await refusal(api.client.captureInstance({ instance: web! }))).ret_code).toBe(1400)
    jobs.push((await api.client.stopInstances({ instances: [web!] })).job_id)
    await api.drainJobs()
    const captured = await api.client.captureInstance({ instance: web!, image_name: 'web-now' })
    jobs.push(captured.job_id)
    await api.drainJobs()

    // Share one image; the grantee runs an instance from it after the source is gone.
    const colleague = await api.newUser()
    await api.client.grantImageToUsers({ image: fromPoint.image_id, users: [colleague.credentials.user_id] })
    jobs.push((await api.client.terminateInstances({ instances: [web!] })).job_id)
    await api.drainJobs()
    const [copy] = await runningInstances(api, { image_id: fromPoint.image_id }, colleague.client)
    expect(await instanceStates(colleague.client, [copy!])).toEqual([['running', '']])
    expect((await colleague.client.describeInstances({ instances: [copy!] })).instance_set[0]!.image).toMatchObject({
      image_id: fromPoint.image_id,
      size: 30,
    })
    // The points of the terminated instance still make volumes and images.
    const restored = await api.client.createVolumeFromSnapshot({ snapshot: dataTuesday!, volume_name: 'restored' })
    jobs.push(restored.job_id)
    await api.drainJobs()

    // Every job succeeded and everything settled.
    const { job_set } = await api.client.describeJobs({ jobs, limit: 100 })
    expect(job_set.map((j) => j.status)).toEqual(jobs.map(() => 'successful'))
    const images = await api.client.describeImages({ provider: 'self' })
    expect(images.image_set.map((i) => [i.image_name, i.status, i.transition_status]).sort()).toEqual([
      ['web-monday', 'available', ''],
      ['web-now', 'available', ''],
    ])
    const points = await api.client.describeSnapshots({ limit: 100 })
    expect(points.snapshot_set.every((s) => s.status === 'available' && s.transition_status === '')).toBe(true)
    expect((await api.client.getQuotaLeft({ resource_types: ['image', 'snapshot'] })).quota_left_set).toEqual([
      { resource_type: 'image', left: 48 },
      { resource_type: 'snapshot', left: 196 },
    ])
    await runningInstances(api, { image_id: captured.image_id, login_mode: 'passwd', login_passwd: basicInstance.login_passwd })
  })
})
