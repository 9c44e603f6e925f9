import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const PowerOffRouters = defineAction({
  name: 'PowerOffRouters',
  service: 'router',
  summary: 'Power routers off: poweroffing, then poweroffed.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    routers: p.list(p.id('router')).required().describe('router IDs, all active'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
