import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { availableEips } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeEips', () => {
  it('filters by id, instance, status, search word (name or address) and tags', async () => {
    await using api = await startTestServer()
    const {
      eips: [web],
    } = await api.client.allocateEips({ bandwidth: 2, eip_name: 'Website' })
    const [idle, gone] = await availableEips(api, 2)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: web!, instance: instance! })
    await api.client.releaseEips({ eips: [gone!] })
    await api.drainJobs()
    const ids = async (input: Parameters<typeof api.client.describeEips>[0]) =>
      (await api.client.describeEips({ sort_key: 'eip_id', ...input })).eip_set.map((e) => e.eip_id)
    expect(await ids({})).toEqual([web!, idle!].sort())
    expect(await ids({ instance_id: instance })).toEqual([web])
    expect(await ids({ status: ['released'] })).toEqual([gone])
    expect(await ids({ eips: [gone!] })).toEqual([gone])
    expect(await ids({ search_word: 'WEBSI' })).toEqual([web])
    const addr = (await api.client.describeEips({ eips: [idle!] })).eip_set[0]!.eip_addr
    expect(await ids({ search_word: addr })).toEqual([idle])
    const { tag_id } = await api.client.createTag({ tag_name: 'edge' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'eip', resource_id: idle! }] })
    expect(await ids({ tags: [tag_id] })).toEqual([idle])
  })

  it('filters by eip_group: every EIP is in the default group unless allocated into another', async () => {
    await using api = await startTestServer()
    const [a, b] = await availableEips(api, 2)
    const {
      eips: [other],
    } = await api.client.allocateEips({ bandwidth: 1, eip_group: 'eipg-abcdefgh' })
    const ids = async (eip_group: string) => (await api.client.describeEips({ sort_key: 'eip_id', eip_group })).eip_set.map((e) => e.eip_id)
    expect(await ids('eipg-00000000')).toEqual([a!, b!].sort())
    expect(await ids('eipg-abcdefgh')).toEqual([other])
    expect(await ids('eipg-nothere0')).toEqual([])
  })

  it('answers 2100 for an unknown or foreign id, 1100 for a bad status', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    expect((await refusal(api.client.describeEips({ eips: ['eip-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.call('DescribeEips', { status: ['lost'] } as never))).ret_code).toBe(1100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeEips({ eips: [eip!] }))).ret_code).toBe(2100)
    expect((await other.client.describeEips({})).total_count).toBe(0)
  })
})
