import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteLoadBalancerListeners = defineAction({
  name: 'DeleteLoadBalancerListeners',
  service: 'loadbalancer',
  summary: 'Delete listeners and their backends; their load balancers need UpdateLoadBalancers (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_listeners: p.list(p.id('loadbalancer_listener')).required().describe('listener IDs'),
  },
  response: {
    loadbalancer_listeners: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
