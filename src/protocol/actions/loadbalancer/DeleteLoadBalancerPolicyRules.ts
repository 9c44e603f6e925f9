import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteLoadBalancerPolicyRules = defineAction({
  name: 'DeleteLoadBalancerPolicyRules',
  service: 'loadbalancer',
  summary: 'Delete rules, possibly of several policies; each policy concerned gets is_applied 0.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policy_rules: p.list(p.id('loadbalancer_policy_rule')).required().describe('rule IDs'),
  },
  response: {
    loadbalancer_policy_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
