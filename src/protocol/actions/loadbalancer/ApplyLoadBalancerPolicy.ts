import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ApplyLoadBalancerPolicy = defineAction({
  name: 'ApplyLoadBalancerPolicy',
  service: 'loadbalancer',
  summary: "Put a policy's current rules in effect on the load balancers that use it; is_applied becomes 1 when the job ends.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy', operation: 'modify' },
  params: {
    loadbalancer_policy: p.id('loadbalancer_policy').required().describe('the policy to apply'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
