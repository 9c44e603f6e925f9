import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const UpdateLoadBalancers = defineAction({
  name: 'UpdateLoadBalancers',
  service: 'loadbalancer',
  summary: 'Apply the pending changes of load balancers (listeners, backends, settings): updating, then is_applied 1.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).required().describe('load balancer IDs, each active or stopped'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
