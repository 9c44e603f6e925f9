import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const tagName = p
  .string({ max: 64 })
  .describe('name: fewer than 15 characters, unique per account and zone (docs/compat.md#tag-names)')
export const tagColor = p
  .string({ max: 16, pattern: /^#[0-9a-fA-F]{6}$/, patternDoc: 'a colour like #9f9bb7' })
  .describe('colour, like #9f9bb7')

export const CreateTag = defineAction({
  name: 'CreateTag',
  service: 'tag',
  summary: 'Create a tag to bind to resources of any type.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'tag', operation: 'modify' },
  params: {
    tag_name: tagName.required(),
    color: tagColor,
    description: p.string({ max: 1024 }).describe('description'),
  },
  response: {
    tag_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceAlreadyExists', 'QuotaExceeded'],
})
