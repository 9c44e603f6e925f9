import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Loadbalancer, loadbalancerStatuses } from '../../records/loadbalancer.js'

export const DescribeLoadBalancers = defineAction({
  name: 'DescribeLoadBalancers',
  service: 'loadbalancer',
  summary: "List the caller's load balancers in a zone; verbose=1 adds their listeners.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).describe('load balancer IDs; an unknown ID is an error'),
    status: p.list(p.enum(loadbalancerStatuses)).describe('statuses to return'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only load balancers bound to any of these tags'),
    owner: p.id('user').describe('only load balancers of this user'),
    ...p.listing(),
  },
  response: {
    loadbalancer_set: z.array(Loadbalancer),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
