import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyTagAttributes', () => {
  it('renames, recolours and describes one tag; absent fields stay', async () => {
    await using api = await startTestServer()
    const { tag_id } = await api.client.createTag({ tag_name: 'old', description: 'keep' })
    await api.client.modifyTagAttributes({ tag: tag_id, tag_name: 'new', color: '#000000' })
    expect((await api.client.describeTags({ tags: [tag_id] })).tag_set[0]).toMatchObject({
      tag_name: 'new',
      color: '#000000',
      description: 'keep',
    })
    await api.client.modifyTagAttributes({ tag: tag_id, tag_name: 'new', description: '' })
    expect((await api.client.describeTags({ tags: [tag_id] })).tag_set[0]).toMatchObject({ tag_name: 'new', description: '' })
  })

  it('keeps names unique (2110) and answers 2100 for an unknown tag', async () => {
    await using api = await startTestServer()
    await api.client.createTag({ tag_name: 'taken' })
    const { tag_id } = await api.client.createTag({ tag_name: 'mine' })
    expect((await refusal(api.client.modifyTagAttributes({ tag: tag_id, tag_name: 'taken' }))).ret_code).toBe(2110)
    expect((await refusal(api.client.modifyTagAttributes({ tag: 'tag-nothere0', tag_name: 'x' }))).ret_code).toBe(2100)
  })
})
