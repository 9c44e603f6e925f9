import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeVxnets', () => {
  it('filters by id, type, search word and tags; verbose=1 lists the instances', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [managed],
    } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'Backend' })
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0, vxnet_name: 'storage' })
    const [instance] = await runningInstances(api, { vxnets: [raw!] })
    const ids = async (input: Parameters<typeof api.client.describeVxnets>[0]) =>
      (await api.client.describeVxnets({ sort_key: 'vxnet_name', ...input })).vxnet_set.map((v) => v.vxnet_id)
    expect(await ids({})).toEqual([managed, raw])
    expect(await ids({ vxnet_type: 0 })).toEqual([raw])
    expect(await ids({ search_word: 'back' })).toEqual([managed])
    const { tag_id } = await api.client.createTag({ tag_name: 'net' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'vxnet', resource_id: raw! }] })
    expect(await ids({ tags: [tag_id] })).toEqual([raw])
    expect((await api.client.describeVxnets({ vxnets: [raw!], verbose: 1 })).vxnet_set[0]!.instance_ids).toEqual([instance])
  })

  it('shows vxnet-0 only when asked for by id', async () => {
    await using api = await startTestServer()
    expect((await api.client.describeVxnets({})).total_count).toBe(0)
    const { vxnet_set } = await api.client.describeVxnets({ vxnets: ['vxnet-0'] })
    expect(vxnet_set).toHaveLength(1)
    expect(vxnet_set[0]).toMatchObject({ vxnet_id: 'vxnet-0', vxnet_name: 'primary vxnet', vxnet_type: 1, router: null })
  })

  it('answers 2100 for an unknown or foreign id', async () => {
    await using api = await startTestServer()
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 1 })
    expect((await refusal(api.client.describeVxnets({ vxnets: ['vxnet-nothere'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeVxnets({ vxnets }))).ret_code).toBe(2100)
    expect((await other.client.describeVxnets({})).total_count).toBe(0)
  })
})
