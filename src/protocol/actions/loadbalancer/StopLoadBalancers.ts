import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const StopLoadBalancers = defineAction({
  name: 'StopLoadBalancers',
  service: 'loadbalancer',
  summary: 'Stop active load balancers: stopping, then stopped.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).required().describe('load balancer IDs, each active'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
