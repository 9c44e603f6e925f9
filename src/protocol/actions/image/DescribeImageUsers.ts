import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ImageUser } from '../../records/image.js'

export const DescribeImageUsers = defineAction({
  name: 'DescribeImageUsers',
  service: 'image',
  summary: 'List the users one own image is shared with, earliest grant first.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'image' },
  params: {
    image_id: p.id('image').required().describe('one own image ID'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    image_user_set: z.array(ImageUser),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
