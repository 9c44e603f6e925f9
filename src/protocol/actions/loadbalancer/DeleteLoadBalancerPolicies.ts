import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteLoadBalancerPolicies = defineAction({
  name: 'DeleteLoadBalancerPolicies',
  service: 'loadbalancer',
  summary: 'Delete forwarding policies, with their rules, that no backend follows; all or nothing.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policies: p.list(p.id('loadbalancer_policy')).required().describe('policy IDs'),
  },
  response: {
    loadbalancer_policies: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
