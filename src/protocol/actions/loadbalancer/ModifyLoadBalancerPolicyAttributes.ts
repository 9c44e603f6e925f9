import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { policyBalanceModes, policyOperators } from '../../records/loadbalancer-policy.js'

export const ModifyLoadBalancerPolicyAttributes = defineAction({
  name: 'ModifyLoadBalancerPolicyAttributes',
  service: 'loadbalancer',
  summary: "Change a policy's name, operator, balance mode or priority; a change that forwards differently sets is_applied 0.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policy: p.id('loadbalancer_policy').required().describe('one policy ID'),
    loadbalancer_policy_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    operator: p.enum(policyOperators).describe('or, and'),
    balance_mode: p.enum(policyBalanceModes).describe('roundrobin, leastconn or source'),
    priority: p.int({ min: 0, max: 99 }).describe('0 (first, the default) to 99'),
  },
  response: {
    loadbalancer_policy_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
