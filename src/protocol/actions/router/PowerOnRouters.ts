import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const PowerOnRouters = defineAction({
  name: 'PowerOnRouters',
  service: 'router',
  summary: 'Power routers on: poweroning, then active.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    routers: p.list(p.id('router')).required().describe('router IDs, all poweroffed'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
