import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteRouters = defineAction({
  name: 'DeleteRouters',
  service: 'router',
  summary: 'Delete routers without joined VxNets: deleting, then deleted; their EIP becomes available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    routers: p.list(p.id('router')).required().describe('router IDs'),
  },
  response: {
    routers: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
