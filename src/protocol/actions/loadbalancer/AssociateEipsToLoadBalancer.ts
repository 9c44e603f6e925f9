import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AssociateEipsToLoadBalancer = defineAction({
  name: 'AssociateEipsToLoadBalancer',
  service: 'loadbalancer',
  summary: 'Associate available EIPs with a public load balancer (at most 4 in all): associating, then associated.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancer: p.id('loadbalancer').required().describe('the load balancer, active or stopped, in vxnet-0'),
    eips: p.list(p.id('eip'), { maxItems: 4 }).required().describe('available EIP IDs'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['loadbalancer', 'eips'] },
})
