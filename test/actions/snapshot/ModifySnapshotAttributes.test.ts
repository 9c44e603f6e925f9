import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { snapshotRecords } from '../../harness/snapshots.js'
import { availableVolumes } from '../../harness/storage.js'

describe('ModifySnapshotAttributes', () => {
  it('changes what is given and keeps what is absent, in any status', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const { snapshots } = await api.client.createSnapshots({ resources: [volume!], snapshot_name: 'old' })
    await api.client.modifySnapshotAttributes({ snapshot: snapshots[0]!, description: 'before upgrade' })
    expect((await snapshotRecords(api.client, snapshots))[0]).toMatchObject({
      snapshot_name: 'old',
      description: 'before upgrade',
      status: 'pending',
    })
    await api.client.modifySnapshotAttributes({ snapshot: snapshots[0]!, snapshot_name: 'new', description: '' })
    expect((await snapshotRecords(api.client, snapshots))[0]).toMatchObject({ snapshot_name: 'new', description: '' })
  })

  it('answers 2100 for an unknown point and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const { snapshots } = await api.client.createSnapshots({ resources: [volume!] })
    expect((await refusal(api.client.modifySnapshotAttributes({ snapshot: 'ss-nothere0', snapshot_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifySnapshotAttributes({ snapshot: snapshots[0]!, snapshot_name: 'x' }))).ret_code).toBe(2100)
  })
})
