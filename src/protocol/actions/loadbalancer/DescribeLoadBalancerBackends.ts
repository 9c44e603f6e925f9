import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { LoadbalancerBackend } from '../../records/loadbalancer.js'

export const DescribeLoadBalancerBackends = defineAction({
  name: 'DescribeLoadBalancerBackends',
  service: 'loadbalancer',
  summary: "List the backends of the caller's listeners.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_backends: p.list(p.id('loadbalancer_backend')).describe('backend IDs'),
    loadbalancer_listener: p.id('loadbalancer_listener').describe('only backends of this listener'),
    loadbalancer: p.id('loadbalancer').describe('only backends of this load balancer'),
    owner: p.id('user').describe('only backends of this user'),
    verbose: p.verbose().describe("accepted as QingCloud's Go SDK sends it (0 or 1); the records have no verbose extras"),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    loadbalancer_backend_set: z.array(LoadbalancerBackend),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
