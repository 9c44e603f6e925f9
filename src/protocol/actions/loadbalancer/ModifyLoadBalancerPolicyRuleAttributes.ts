import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyLoadBalancerPolicyRuleAttributes = defineAction({
  name: 'ModifyLoadBalancerPolicyRuleAttributes',
  service: 'loadbalancer',
  summary: "Rename a rule or change what it matches; a new val sets its policy's is_applied 0.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policy_rule: p.id('loadbalancer_policy_rule').required().describe('one rule ID'),
    loadbalancer_policy_rule_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    val: p.string({ max: 1024 }).describe('new regular expression'),
  },
  response: {
    loadbalancer_policy_rule_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
