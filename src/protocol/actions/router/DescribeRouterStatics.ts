import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { RouterStatic } from '../../records/network.js'

export const DescribeRouterStatics = defineAction({
  name: 'DescribeRouterStatics',
  service: 'router',
  summary: "List the statics of the caller's routers.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router_statics: p.list(p.id('router_static')).describe('static IDs'),
    router: p.id('router').describe('only statics of this router'),
    vxnet: p.id('vxnet').describe('only statics of this VxNet'),
    static_type: p.int({ min: 1, max: 8 }).describe('only statics of this type'),
    verbose: p.verbose().describe("accepted as QingCloud's Go SDK sends it (0 or 1); the records have no verbose extras"),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    router_static_set: z.array(RouterStatic),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
