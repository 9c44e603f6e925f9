import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteLoadBalancerBackends = defineAction({
  name: 'DeleteLoadBalancerBackends',
  service: 'loadbalancer',
  summary: 'Delete backends; their load balancers need UpdateLoadBalancers (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_backends: p.list(p.id('loadbalancer_backend')).required().describe('backend IDs'),
  },
  response: {
    loadbalancer_backends: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
