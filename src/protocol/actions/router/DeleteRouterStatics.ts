import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteRouterStatics = defineAction({
  name: 'DeleteRouterStatics',
  service: 'router',
  summary: 'Delete router statics; their routers need UpdateRouters (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router_statics: p.list(p.id('router_static')).required().describe('static IDs'),
  },
  response: {
    router_statics: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
