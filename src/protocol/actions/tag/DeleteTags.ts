import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteTags = defineAction({
  name: 'DeleteTags',
  service: 'tag',
  summary: 'Delete tags; they are unbound from every resource.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'tag' },
  params: {
    tags: p.list(p.id('tag')).required().describe('tag IDs'),
  },
  response: {
    tags: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
