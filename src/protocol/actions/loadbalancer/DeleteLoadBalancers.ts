import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteLoadBalancers = defineAction({
  name: 'DeleteLoadBalancers',
  service: 'loadbalancer',
  summary: 'Delete load balancers: deleting, then deleted; their listeners and backends go, their EIPs become available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).required().describe('load balancer IDs, each active or stopped'),
  },
  response: {
    loadbalancers: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
