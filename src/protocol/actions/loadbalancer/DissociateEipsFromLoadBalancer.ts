import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DissociateEipsFromLoadBalancer = defineAction({
  name: 'DissociateEipsFromLoadBalancer',
  service: 'loadbalancer',
  summary: 'Dissociate EIPs from the load balancer holding them: dissociating, then available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    loadbalancer: p.id('loadbalancer').required().describe('the load balancer, active or stopped'),
    eips: p.list(p.id('eip'), { maxItems: 4 }).required().describe('EIP IDs it holds'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  unbinds: ['loadbalancer', 'eips'],
})
