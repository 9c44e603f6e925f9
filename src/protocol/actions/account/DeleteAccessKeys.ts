import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteAccessKeys = defineAction({
  name: 'DeleteAccessKeys',
  service: 'account',
  summary: "Delete some of the caller's access keys at once, never the one that signs the request.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'access_key' },
  params: {
    access_keys: p.list(p.id('access_key')).required().describe('access key IDs of the caller'),
  },
  response: {
    access_keys: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
