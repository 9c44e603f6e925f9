import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CopyRouterStatics = defineAction({
  name: 'CopyRouterStatics',
  service: 'router',
  summary: 'Copy every static of one router (with its entries) to another; the destination needs UpdateRouters.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    source_router: p.id('router').required().describe('the router to copy from'),
    dest_router: p.id('router').required().describe('the router to copy to'),
    dest_zone: p.string({ max: 64 }).describe("the destination router's zone"),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['dest_router', 'source_router'] },
})
