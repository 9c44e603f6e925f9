import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DetachTags', () => {
  it('unbinds pairs; an unbound pair is left as it is', async () => {
    await using api = await startTestServer()
    const [a, b] = await runningInstances(api, { count: 2 })
    const { tag_id } = await api.client.createTag({ tag_name: 'prod' })
    await api.client.attachTags({
      resource_tag_pairs: [a!, b!].map((resource_id) => ({ tag_id, resource_type: 'instance' as const, resource_id })),
    })
    await api.client.detachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'instance', resource_id: a! }] })
    await api.client.detachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'instance', resource_id: a! }] })
    expect((await api.client.describeInstances({ tags: [tag_id] })).instance_set.map((i) => i.instance_id)).toEqual([b])
    expect((await api.client.describeInstances({ instances: [a!] })).instance_set[0]!.tags).toEqual([])
  })

  it('answers 2100 for an unknown tag', async () => {
    await using api = await startTestServer()
    const [a] = await runningInstances(api)
    const error = await refusal(
      api.client.detachTags({ resource_tag_pairs: [{ tag_id: 'tag-nothere0', resource_type: 'instance', resource_id: a! }] }),
    )
    expect(error.ret_code).toBe(2100)
  })
})
