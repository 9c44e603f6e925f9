import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyImageAttributes = defineAction({
  name: 'ModifyImageAttributes',
  service: 'image',
  summary: 'Rename or describe one own image, in any status; absent fields stay, empty ones clear (docs/compat.md#modify-absent-vs-empty).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'image' },
  params: {
    image: p.id('image').required().describe('one own image ID'),
    image_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {
    image_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
