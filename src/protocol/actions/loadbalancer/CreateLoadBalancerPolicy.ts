import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { policyBalanceModes, policyOperators } from '../../records/loadbalancer-policy.js'

export const CreateLoadBalancerPolicy = defineAction({
  name: 'CreateLoadBalancerPolicy',
  service: 'loadbalancer',
  summary: 'Create a forwarding policy; add rules to it, name it on backends, and apply it.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy', operation: 'modify' },
  params: {
    loadbalancer_policy_name: p.string({ max: 256 }).describe('name'),
    operator: p.enum(policyOperators).default('or').describe('how its rules combine: or (any matches), and (all match)'),
    balance_mode: p.enum(policyBalanceModes).describe("between the policy's backends; absent: the listener's mode"),
  },
  response: {
    loadbalancer_policy_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'QuotaExceeded'],
})
