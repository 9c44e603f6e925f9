import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Router, routerStatuses } from '../../records/network.js'

export const DescribeRouters = defineAction({
  name: 'DescribeRouters',
  service: 'router',
  summary: "List the caller's routers in a zone; verbose=1 adds the networks each is connected to.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    routers: p.list(p.id('router')).describe('router IDs; an unknown ID is an error'),
    vxnet: p.id('vxnet').describe('only the router this VxNet is joined to'),
    status: p.list(p.enum(routerStatuses)).describe('router statuses to return'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only routers bound to any of these tags'),
    owner: p.id('user').describe('only routers of this user'),
    ...p.listing(),
  },
  response: {
    router_set: z.array(Router),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
