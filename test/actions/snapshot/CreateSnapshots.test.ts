import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { snapshotRecords, takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes } from '../../harness/storage.js'

describe('CreateSnapshots', () => {
  it('takes one full point per resource, pending/creating then available and taken, with one snapshot_time', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api, { instance_name: 'web' })
    const [volume] = await availableVolumes(api, { size: 30, volume_name: 'data' })
    const { snapshots, job_id } = await api.client.createSnapshots({ resources: [instance!, volume!], snapshot_name: 'nightly' })
    expect(snapshots).toHaveLength(2)
    expect(snapshots[0]).toMatch(/^ss-[a-z0-9]{8}$/)
    const pending = await snapshotRecords(api.client, snapshots)
    expect(pending.map((s) => [s.status, s.transition_status, s.is_taken])).toEqual([
      ['pending', 'creating', 0],
      ['pending', 'creating', 0],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const [ofInstance, ofVolume] = await snapshotRecords(api.client, snapshots)
    expect(ofInstance).toMatchObject({
      snapshot_name: 'nightly',
      snapshot_type: 1,
      status: 'available',
      transition_status: '',
      is_taken: 1,
      is_head: 1,
      parent_id: 'self',
      root_id: snapshots[0],
      size: 20 * 1024,
      resource: { resource_id: instance, resource_name: 'web', resource_type: 'instance' },
      total_count: 1,
      total_size: 20 * 1024,
      head_chain: 1,
    })
    expect(ofVolume).toMatchObject({ size: 30 * 1024, resource: { resource_id: volume, resource_name: 'data', resource_type: 'volume' } })
    expect(ofInstance!.snapshot_time).toBe(ofVolume!.snapshot_time)
    expect(ofInstance!.latest_snapshot_time).toBe(ofInstance!.snapshot_time)
    expect(ofInstance!.lastest_snapshot_time).toBe(ofInstance!.snapshot_time)
  })

  it('chains incremental points after the current one; is_full=1 starts a new chain', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api, { size: 20 })
    const [full] = await takenSnapshots(api, [volume!])
    api.clock.advance(60_000)
    const [second] = await takenSnapshots(api, [volume!])
    const [third] = await takenSnapshots(api, [volume!])
    const [root, inc1, inc2] = await snapshotRecords(api.client, [full!, second!, third!])
    expect([inc1!.snapshot_type, inc1!.parent_id, inc1!.root_id, inc1!.size]).toEqual([0, full, full, 2048])
    expect([inc2!.parent_id, inc2!.root_id]).toEqual([second, full])
    expect([root!.is_head, inc1!.is_head, inc2!.is_head]).toEqual([0, 0, 1])
    expect(root).toMatchObject({ total_count: 3, total_size: 20480 + 2 * 2048, head_chain: 1, latest_snapshot_time: inc2!.snapshot_time })
    expect(inc1!.total_size).toBeUndefined()
    const [fresh] = await takenSnapshots(api, [volume!], { is_full: 1 })
    const [newRoot, oldRoot] = await snapshotRecords(api.client, [fresh!, full!])
    expect([newRoot!.snapshot_type, newRoot!.parent_id, newRoot!.root_id, newRoot!.is_head, newRoot!.head_chain]).toEqual([
      1,
      'self',
      fresh,
      1,
      1,
    ])
    expect(oldRoot!.head_chain).toBe(0)
  })

  it('answers 1400 naming the state of a resource that can not be snapshotted, and writes nothing', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const [volume] = await availableVolumes(api)
    await api.client.startInstances({ instances: [instance!] })
    const error = await refusal(api.client.createSnapshots({ resources: [volume!, instance!] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instance}] is starting, can not be snapshotted until it settles`,
    ])
    await api.drainJobs()
    await api.client.terminateInstances({ instances: [instance!] })
    await api.drainJobs()
    const terminated = await refusal(api.client.createSnapshots({ resources: [instance!] }))
    expect(terminated.message).toBe(
      `PermissionDenied, instance [${instance}] is not running or stopped (it is terminated), can not be snapshotted`,
    )
    expect((await api.client.describeSnapshots()).total_count).toBe(0)
  })

  it('answers 2100 for an unknown resource, 1100 for one that is no instance or volume, 2100 for another user’s, 2500 past the quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'snapshot=2' } })
    const [volume] = await availableVolumes(api)
    expect((await refusal(api.client.createSnapshots({ resources: ['vol-nothere0'] }))).ret_code).toBe(2100)
    const { keypair_id } = await api.client.createKeyPair({ keypair_name: 'k' })
    const wrong = await refusal(api.client.createSnapshots({ resources: [keypair_id] }))
    expect([wrong.ret_code, wrong.message]).toEqual([
      1100,
      `InvalidParameter, parameter [resources.1] must name an instance or a volume (got [${keypair_id}])`,
    ])
    const other = await api.newUser()
    expect((await refusal(other.client.createSnapshots({ resources: [volume!] }))).ret_code).toBe(2100)
    await takenSnapshots(api, [volume!])
    await takenSnapshots(api, [volume!])
    const quota = await refusal(api.client.createSnapshots({ resources: [volume!] }))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [snapshot] is 2: 2 in use, 1 more requested'])
  })
})
