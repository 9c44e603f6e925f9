import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const StartLoadBalancers = defineAction({
  name: 'StartLoadBalancers',
  service: 'loadbalancer',
  summary: 'Start stopped load balancers: starting, then active.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).required().describe('load balancer IDs, each stopped'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
