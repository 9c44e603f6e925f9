import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes } from '../../harness/storage.js'

describe('DescribeSnapshots', () => {
  it('filters by resource_id, snapshot_type, status, search_word and tags; pages newest first', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const [volume] = await availableVolumes(api)
    const [full] = await takenSnapshots(api, [volume!], { snapshot_name: 'baseline' })
    api.clock.advance(1000)
    const [inc] = await takenSnapshots(api, [volume!], { snapshot_name: 'delta' })
    api.clock.advance(1000)
    const [ofInstance] = await takenSnapshots(api, [instance!], { snapshot_name: 'system' })

    const all = await api.client.describeSnapshots()
    expect([all.total_count, all.snapshot_set.map((s) => s.snapshot_id)]).toEqual([3, [ofInstance, inc, full]])
    expect((await api.client.describeSnapshots({ resource_id: volume! })).snapshot_set.map((s) => s.snapshot_id)).toEqual([inc, full])
    expect((await api.client.describeSnapshots({ snapshot_type: 0 })).snapshot_set.map((s) => s.snapshot_id)).toEqual([inc])
    expect((await api.client.describeSnapshots({ search_word: 'basel' })).snapshot_set.map((s) => s.snapshot_id)).toEqual([full])
    expect((await api.client.describeSnapshots({ status: ['pending'] })).total_count).toBe(0)
    const page = await api.client.describeSnapshots({ offset: 1, limit: 1 })
    expect([page.total_count, page.snapshot_set.map((s) => s.snapshot_id)]).toEqual([3, [inc]])

    const { tag_id } = await api.client.createTag({ tag_name: 'keep' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'snapshot', resource_id: inc! }] })
    const tagged = await api.client.describeSnapshots({ tags: [tag_id] })
    expect(tagged.snapshot_set.map((s) => [s.snapshot_id, s.tags.map((t) => t.tag_name)])).toEqual([[inc, ['keep']]])
  })

  it('filters by root_id: the points of one chain', async () => {
    await using api = await startTestServer()
    const [volume, otherVolume] = await availableVolumes(api, { count: 2 })
    const [full] = await takenSnapshots(api, [volume!])
    api.clock.advance(1000)
    const [inc] = await takenSnapshots(api, [volume!])
    api.clock.advance(1000)
    const [second] = await takenSnapshots(api, [volume!], { is_full: 1 })
    api.clock.advance(1000)
    const [secondInc] = await takenSnapshots(api, [volume!])
    await takenSnapshots(api, [otherVolume!])
    const ids = async (root_id: string) => (await api.client.describeSnapshots({ root_id })).snapshot_set.map((s) => s.snapshot_id)
    expect(await ids(full!)).toEqual([inc, full])
    expect(await ids(second!)).toEqual([secondInc, second])
    expect(await ids('ss-nothere0')).toEqual([])
    expect((await api.client.describeSnapshots({ root_id: full!, snapshot_type: 1 })).snapshot_set.map((s) => s.snapshot_id)).toEqual([
      full,
    ])
  })

  it('shows only the caller’s points; another owner filter answers 1400, an invalid status 1100', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    const [point] = await takenSnapshots(api, [volume!])
    const other = await api.newUser()
    expect((await other.client.describeSnapshots({ snapshots: [point!] })).total_count).toBe(0)
    expect((await refusal(other.client.describeSnapshots({ owner: api.root.user_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.call('DescribeSnapshots', { status: ['gone'] } as never))).ret_code).toBe(1100)
  })
})
