import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteTags', () => {
  it('deletes tags and silently unbinds them everywhere', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const a = await api.client.createTag({ tag_name: 'a' })
    const b = await api.client.createTag({ tag_name: 'b' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id: a.tag_id, resource_type: 'instance', resource_id: instance! }] })
    const answer = await api.client.deleteTags({ tags: [a.tag_id, b.tag_id] })
    expect(answer.tags).toEqual([a.tag_id, b.tag_id])
    expect((await api.client.describeTags()).total_count).toBe(0)
    expect((await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!.tags).toEqual([])
    // The name is free again.
    await api.client.createTag({ tag_name: 'a' })
  })

  it('is all or nothing: an unknown tag answers 2100 and deletes nothing', async () => {
    await using api = await startTestServer()
    const a = await api.client.createTag({ tag_name: 'a' })
    expect((await refusal(api.client.deleteTags({ tags: [a.tag_id, 'tag-nothere0'] }))).ret_code).toBe(2100)
    expect((await api.client.describeTags()).total_count).toBe(1)
    const other = await api.newUser()
    expect((await refusal(other.client.deleteTags({ tags: [a.tag_id] }))).ret_code).toBe(2100)
  })
})
