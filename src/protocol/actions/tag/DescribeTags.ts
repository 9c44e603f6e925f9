import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Tag } from '../../records/tag.js'

export const DescribeTags = defineAction({
  name: 'DescribeTags',
  service: 'tag',
  summary: "List the caller's tags with how many resources of each type they are bound to; verbose=1 lists the bindings.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'tag' },
  params: {
    tags: p.list(p.id('tag')).describe('tag IDs'),
    search_word: p.string({ max: 256 }).describe('matches the tag name'),
    resources: p.list(p.id()).describe('only tags bound to at least one of these resources (docs/compat.md#describe-tags-filters)'),
    owner: p.id('user').describe('only tags of this user'),
    ...p.listing(),
  },
  response: {
    tag_set: z.array(Tag),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
