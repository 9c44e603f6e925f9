import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateTag', () => {
  it('creates a tag with a default colour', async () => {
    await using api = await startTestServer()
    const { tag_id } = await api.client.createTag({ tag_name: 'prod 环境', description: 'live' })
    expect(tag_id).toMatch(/^tag-[a-z0-9]{8}$/)
    const [tag] = (await api.client.describeTags({ tags: [tag_id] })).tag_set
    expect(tag).toMatchObject({
      tag_name: 'prod 环境',
      description: 'live',
      color: '#9f9bb7',
      resource_count: 0,
      resource_type_count: [],
      owner: api.root.user_id,
    })
  })

  it('keeps names unique per account and zone (2110), but not across users or zones', async () => {
    await using api = await startTestServer()
    await api.client.createTag({ tag_name: 'prod', color: '#123abc' })
    const taken = await refusal(api.client.createTag({ tag_name: 'prod' }))
    expect([taken.ret_code, taken.message]).toEqual([2110, 'ResourceAlreadyExists, tag named [prod] already exists'])
    await api.client.createTag({ tag_name: 'prod', zone: 'sh1a' })
    const other = await api.newUser()
    await other.client.createTag({ tag_name: 'prod' })
    expect((await api.client.describeTags()).total_count).toBe(1)
  })

  it('requires a name shorter than 15 characters and a colour like #9f9bb7 (docs/compat.md#tag-names)', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.createTag({ tag_name: ' ' }))).message).toBe('MissingParameter, parameter [tag_name] is required')
    expect((await refusal(api.client.createTag({ tag_name: '123456789012345' }))).ret_code).toBe(1100)
    await api.client.createTag({ tag_name: '一二三四五六七八九十一二三四' })
    expect((await refusal(api.client.createTag({ tag_name: 'x', color: 'red' }))).message).toContain('[color]')
  })

  it('answers 2500 past the tag quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'tag=1' } })
    await api.client.createTag({ tag_name: 'one' })
    expect((await refusal(api.client.createTag({ tag_name: 'two' }))).ret_code).toBe(2500)
  })
})
