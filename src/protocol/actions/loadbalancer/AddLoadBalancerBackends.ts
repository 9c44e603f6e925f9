import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { backendFields } from './fields.js'

export const AddLoadBalancerBackends = defineAction({
  name: 'AddLoadBalancerBackends',
  service: 'loadbalancer',
  summary: 'Add backends (instances, routers or addresses) to a listener; effective on UpdateLoadBalancers (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancer_listener: p.id('loadbalancer_listener').required().describe('the listener'),
    backends: p.objects(backendFields, { maxItems: 100 }).required().describe('the backends, `backends.N.field`'),
  },
  response: {
    loadbalancer_backends: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['loadbalancer_listener', 'backends'] },
})
