import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteRouterStaticEntries = defineAction({
  name: 'DeleteRouterStaticEntries',
  service: 'router',
  summary: 'Delete router static entries; their routers need UpdateRouters.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router_static_entries: p.list(p.id('router_static_entry')).required().describe('entry IDs'),
  },
  response: {
    router_static_entries: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
