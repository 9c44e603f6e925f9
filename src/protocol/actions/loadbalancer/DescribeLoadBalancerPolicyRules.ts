import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { LoadBalancerPolicyRule } from '../../records/loadbalancer-policy.js'

export const DescribeLoadBalancerPolicyRules = defineAction({
  name: 'DescribeLoadBalancerPolicyRules',
  service: 'loadbalancer',
  summary: "List rules of the caller's forwarding policies, oldest first.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policy: p.id('loadbalancer_policy').describe('only rules of this policy; an unknown ID is an error'),
    loadbalancer_policy_rules: p.list(p.id('loadbalancer_policy_rule')).describe('rule IDs'),
    owner: p.id('user').describe('only rules of this user'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    loadbalancer_policy_rule_set: z.array(LoadBalancerPolicyRule),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
