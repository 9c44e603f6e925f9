import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { LoadbalancerListener } from '../../records/loadbalancer.js'

export const DescribeLoadBalancerListeners = defineAction({
  name: 'DescribeLoadBalancerListeners',
  service: 'loadbalancer',
  summary: "List the listeners of the caller's load balancers; verbose=1 adds their backends.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_listeners: p.list(p.id('loadbalancer_listener')).describe('listener IDs'),
    loadbalancer: p.id('loadbalancer').describe('only listeners of this load balancer'),
    owner: p.id('user').describe('only listeners of this user'),
    verbose: p.verbose(),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    loadbalancer_listener_set: z.array(LoadbalancerListener),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
