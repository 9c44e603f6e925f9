import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { policyRuleTypes } from '../../records/loadbalancer-policy.js'

export const AddLoadBalancerPolicyRules = defineAction({
  name: 'AddLoadBalancerPolicyRules',
  service: 'loadbalancer',
  summary: 'Add rules to a forwarding policy, all or none; they take effect on ApplyLoadBalancerPolicy (is_applied becomes 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy', operation: 'modify' },
  params: {
    loadbalancer_policy: p.id('loadbalancer_policy').required().describe('the policy'),
    rules: p
      .objects({
        loadbalancer_policy_rule_name: p.string({ max: 256 }).describe('rule name'),
        rule_type: p.enum(policyRuleTypes).required().describe('domain (host name) or url (path)'),
        val: p.string({ max: 1024 }).required().describe('regular expression the host or path must match'),
      })
      .required()
      .describe('the rules, `rules.N.field`'),
  },
  response: {
    loadbalancer_policy_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
