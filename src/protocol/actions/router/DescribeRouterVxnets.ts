import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { RouterVxnet } from '../../records/network.js'

export const DescribeRouterVxnets = defineAction({
  name: 'DescribeRouterVxnets',
  service: 'router',
  summary: 'List the VxNets joined to a router (or to every router with router=*), with their addressing.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router: p.string({ max: 128 }).required().example('*').describe("router ID, or * for all the caller's routers"),
    vxnet: p.id('vxnet').describe('only this VxNet'),
    verbose: p.verbose().describe("accepted as QingCloud's Go SDK sends it (0 or 1); the records have no verbose extras"),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    router_vxnet_set: z.array(RouterVxnet),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
