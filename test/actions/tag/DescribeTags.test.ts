import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeTags', () => {
  it('filters by id, name and bound resource; verbose lists the pairs', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const prod = await api.client.createTag({ tag_name: 'Prod' })
    api.clock.advance(1000)
    const dev = await api.client.createTag({ tag_name: 'dev_1' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id: prod.tag_id, resource_type: 'instance', resource_id: instance! }] })
    const ids = async (params: Parameters<typeof api.client.describeTags>[0]) =>
      (await api.client.describeTags(params)).tag_set.map((t) => t.tag_id)
    expect(await ids({})).toEqual([dev.tag_id, prod.tag_id])
    expect(await ids({ tags: [prod.tag_id] })).toEqual([prod.tag_id])
    expect(await ids({ search_word: 'PRO' })).toEqual([prod.tag_id])
    // search_word matches names only, and takes _ literally.
    expect(await ids({ search_word: prod.tag_id })).toEqual([])
    expect(await ids({ search_word: '_' })).toEqual([dev.tag_id])
    expect(await ids({ resources: [instance!] })).toEqual([prod.tag_id])
    const verbose = await api.client.describeTags({ tags: [prod.tag_id], verbose: 1 })
    expect(verbose.tag_set[0]!.resource_tag_pairs).toEqual([{ tag_id: prod.tag_id, resource_type: 'instance', resource_id: instance }])
    expect((await api.client.describeTags({ tags: [prod.tag_id] })).tag_set[0]!.resource_tag_pairs).toBeUndefined()
  })

  it('treats limit=0, which Go sends by default, as 20 (docs/compat.md#describe-paging)', async () => {
    await using api = await startTestServer()
    await api.client.createTag({ tag_name: 'one' })
    expect((await api.client.describeTags({ limit: 0 })).tag_set).toHaveLength(1)
  })

  it('shows only the caller’s tags; owner may only name the caller', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    await other.client.createTag({ tag_name: 'theirs' })
    expect((await api.client.describeTags()).total_count).toBe(0)
    expect((await refusal(api.client.describeTags({ owner: other.credentials.user_id }))).ret_code).toBe(1400)
  })
})
