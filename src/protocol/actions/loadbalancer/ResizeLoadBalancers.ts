import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ResizeLoadBalancers = defineAction({
  name: 'ResizeLoadBalancers',
  service: 'loadbalancer',
  summary: 'Change the connection tier of stopped load balancers: resizing, then stopped with the new type.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancers: p.list(p.id('loadbalancer')).required().describe('load balancer IDs, each stopped'),
    loadbalancer_type: p
      .int({ allowed: [0, 1, 2, 3, 4, 5] })
      .required()
      .describe('maximum connections: 0 5k, 1 20k, 2 40k, 3 100k, 4 200k, 5 500k'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
