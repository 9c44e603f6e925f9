import { describe, expect, it } from 'vitest'
import { activeRouters, routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeRouters', () => {
  it('filters by id, vxnet, status, search word and tags', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const [off] = await activeRouters(api)
    await api.client.modifyRouterAttributes({ router: off!, router_name: 'Spare' })
    await api.client.powerOffRouters({ routers: [off!] })
    await api.drainJobs()
    const ids = async (input: Parameters<typeof api.client.describeRouters>[0]) =>
      (await api.client.describeRouters(input)).router_set.map((r) => r.router_id)
    expect((await ids({})).sort()).toEqual([router, off!].sort())
    expect(await ids({ vxnet })).toEqual([router])
    expect(await ids({ status: ['poweroffed'] })).toEqual([off])
    expect(await ids({ search_word: 'SPARE' })).toEqual([off])
    const { tag_id } = await api.client.createTag({ tag_name: 'vpc' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'router', resource_id: router }] })
    expect(await ids({ tags: [tag_id] })).toEqual([router])
    const verbose = (await api.client.describeRouters({ routers: [router], verbose: 1 })).router_set[0]!
    expect(verbose.vxnets!.map((v) => v.vxnet_id)).toEqual([vxnet, 'vxnet-0'])
  })

  it('answers 2100 for unknown or foreign ids, 1100 for a bad status', async () => {
    await using api = await startTestServer()
    const routers = await activeRouters(api)
    expect((await refusal(api.client.describeRouters({ routers: ['rtr-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.call('DescribeRouters', { status: ['lost'] } as never))).ret_code).toBe(1100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeRouters({ routers }))).ret_code).toBe(2100)
    expect((await other.client.describeRouters({})).total_count).toBe(0)
  })
})
