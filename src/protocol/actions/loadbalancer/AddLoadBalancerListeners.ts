import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { listenerFields } from './fields.js'

export const AddLoadBalancerListeners = defineAction({
  name: 'AddLoadBalancerListeners',
  service: 'loadbalancer',
  summary: 'Add listeners to a load balancer, each on a port of its own; effective on UpdateLoadBalancers (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancer: p.id('loadbalancer').required().describe('the load balancer'),
    listeners: p.objects(listenerFields, { maxItems: 100 }).required().describe('the listeners, `listeners.N.field`'),
  },
  response: {
    loadbalancer_listeners: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  // A listener's certificates are the load balancer owner's (docs/compat.md#server-certificates-in-use).
  binds: { params: ['loadbalancer', 'listeners'] },
})
