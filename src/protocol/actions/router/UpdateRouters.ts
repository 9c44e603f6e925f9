import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const UpdateRouters = defineAction({
  name: 'UpdateRouters',
  service: 'router',
  summary: 'Apply pending router changes (statics, DHCP settings): updating, then is_applied 1.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    routers: p.list(p.id('router')).required().describe('router IDs, all active'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
