import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteImages = defineAction({
  name: 'DeleteImages',
  service: 'image',
  summary: 'Delete own available images into the recycle bin; instances made from them are unaffected.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'image' },
  params: {
    images: p.list(p.id('image')).required().describe('own image IDs, all available'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
