import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AttachTags', () => {
  it('binds tags to resources of several types; the records show them and tags.n finds them', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const { volumes } = await api.client.createVolumes({ size: 20 })
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const prod = await api.client.createTag({ tag_name: 'prod', color: '#ff0000' })
    const web = await api.client.createTag({ tag_name: 'web' })
    await api.client.attachTags({
      resource_tag_pairs: [
        { tag_id: prod.tag_id, resource_type: 'instance', resource_id: instance! },
        { tag_id: web.tag_id, resource_type: 'instance', resource_id: instance! },
        { tag_id: prod.tag_id, resource_type: 'volume', resource_id: volumes[0]! },
        { tag_id: prod.tag_id, resource_type: 'keypair', resource_id: kp.keypair_id },
      ],
    })
    // Attaching again is a no-op.
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id: prod.tag_id, resource_type: 'instance', resource_id: instance! }] })

    const [record] = (await api.client.describeInstances({ instances: [instance!] })).instance_set
    expect(record!.tags).toEqual([
      { tag_id: prod.tag_id, tag_name: 'prod', color: '#ff0000', description: '' },
      { tag_id: web.tag_id, tag_name: 'web', color: '#9f9bb7', description: '' },
    ])
    expect((await api.client.describeVolumes({ tags: [prod.tag_id] })).volume_set.map((v) => v.tags.map((t) => t.tag_name))).toEqual([
      ['prod'],
    ])
    expect((await api.client.describeKeyPairs({ tags: [prod.tag_id, web.tag_id] })).total_count).toBe(1)
    expect((await api.client.describeInstances({ tags: [web.tag_id] })).total_count).toBe(1)
    const [tag] = (await api.client.describeTags({ tags: [prod.tag_id] })).tag_set
    expect(tag).toMatchObject({
      resource_count: 3,
      resource_type_count: [
        { resource_type: 'instance', count: 1 },
        { resource_type: 'keypair', count: 1 },
        { resource_type: 'volume', count: 1 },
      ],
    })
  })

  it('checks every pair before binding any: unknown tag or resource 2100, wrong type 1100', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const { tag_id } = await api.client.createTag({ tag_name: 'prod' })
    const good = { tag_id, resource_type: 'instance' as const, resource_id: instance! }
    const unknownTag = await refusal(api.client.attachTags({ resource_tag_pairs: [good, { ...good, tag_id: 'tag-nothere0' }] }))
    expect([unknownTag.ret_code, unknownTag.message]).toEqual([2100, 'ResourceNotFound, tag [tag-nothere0] does not exist'])
    const unknownResource = await refusal(api.client.attachTags({ resource_tag_pairs: [good, { ...good, resource_id: 'i-nothere0' }] }))
    expect(unknownResource.message).toBe('ResourceNotFound, instance [i-nothere0] does not exist')
    const wrongType = await refusal(api.client.attachTags({ resource_tag_pairs: [good, { ...good, resource_type: 'volume' }] }))
    expect([wrongType.ret_code, wrongType.message]).toEqual([
      1100,
      `InvalidParameter, parameter [resource_tag_pairs.2.resource_type] must be instance, the type of [${instance}] (got [volume])`,
    ])
    const badType = await refusal(api.client.attachTags({ resource_tag_pairs: [{ ...good, resource_type: 'planet' as 'instance' }] }))
    expect(badType.ret_code).toBe(1100)
    expect((await api.client.describeTags({ tags: [tag_id] })).tag_set[0]!.resource_count).toBe(0)
  })

  it('answers 2100 for another user’s resource or tag, as for unknown ones', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const [theirs] = await runningInstances(api, {}, other.client)
    const { tag_id } = await api.client.createTag({ tag_name: 'mine' })
    const foreign = await refusal(
      api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'instance', resource_id: theirs! }] }),
    )
    expect([foreign.ret_code, foreign.message]).toEqual([2100, `ResourceNotFound, instance [${theirs}] does not exist`])
    const [mine] = await runningInstances(api)
    const theirTag = await other.client.createTag({ tag_name: 'theirs' })
    expect(
      (
        await refusal(
          api.client.attachTags({ resource_tag_pairs: [{ tag_id: theirTag.tag_id, resource_type: 'instance', resource_id: mine! }] }),
        )
      ).ret_code,
    ).toBe(2100)
  })

  it('accepts the wire forms of Go (name.N.field) and of the docs (JSON text)', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const { tag_id } = await api.client.createTag({ tag_name: 'prod' })
    await api.client.send('AttachTags', [
      ['resource_tag_pairs', JSON.stringify([{ tag_id, resource_type: 'instance', resource_id: instance }])],
    ])
    expect((await api.client.describeInstances({ tags: [tag_id] })).total_count).toBe(1)
  })
})
