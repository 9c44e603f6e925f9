import { describe, expect, it } from 'vitest'
import { jobStatus } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { snapshotRecords, takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes } from '../../harness/storage.js'

describe('DeleteSnapshots', () => {
  it('deletes a point with the later points built on it; the remaining newest point becomes current', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const [full] = await takenSnapshots(api, [volume!])
    api.clock.advance(1000)
    const [inc1] = await takenSnapshots(api, [volume!])
    api.clock.advance(1000)
    const [inc2] = await takenSnapshots(api, [volume!])
    const { job_id, snapshots } = await api.client.deleteSnapshots({ snapshots: [inc1!] })
    expect(new Set(snapshots)).toEqual(new Set([inc1, inc2]))
    expect((await snapshotRecords(api.client, [inc1!, inc2!])).map((s) => [s.status, s.transition_status])).toEqual([
      ['available', 'deleting'],
      ['available', 'deleting'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const [root, a, b] = await snapshotRecords(api.client, [full!, inc1!, inc2!])
    expect([a!.status, b!.status, a!.is_head, b!.is_head]).toEqual(['deleted', 'deleted', 0, 0])
    expect(root).toMatchObject({ status: 'available', is_head: 1, total_count: 1, head_chain: 1 })
    // The next point follows what is left of the chain.
    const [next] = await takenSnapshots(api, [volume!])
    expect((await snapshotRecords(api.client, [next!]))[0]).toMatchObject({ snapshot_type: 0, parent_id: full, root_id: full })
  })

  it('answers 1400 for a point still being taken or already deleted, 2100 for an unknown one or another user’s', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const { snapshots } = await api.client.createSnapshots({ resources: [volume!] })
    const creating = await refusal(api.client.deleteSnapshots({ snapshots }))
    expect([creating.ret_code, creating.message]).toEqual([
      1400,
      `PermissionDenied, snapshot [${snapshots[0]}] is creating, can not be deleted until it settles`,
    ])
    await api.drainJobs()
    const other = await api.newUser()
    expect((await refusal(other.client.deleteSnapshots({ snapshots }))).ret_code).toBe(2100)
    expect((await refusal(api.client.deleteSnapshots({ snapshots: ['ss-nothere0'] }))).ret_code).toBe(2100)
    await api.client.deleteSnapshots({ snapshots })
    await api.drainJobs()
    const again = await refusal(api.client.deleteSnapshots({ snapshots }))
    expect(again.message).toBe(`PermissionDenied, snapshot [${snapshots[0]}] is not available (it is deleted), can not be deleted`)
  })
})
