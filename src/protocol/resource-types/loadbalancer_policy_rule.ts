import { LoadBalancerPolicyRule } from '../records/loadbalancer-policy.js'
import { defineResourceType } from './define.js'

export const loadbalancer_policy_rule = defineResourceType({
  prefix: 'lbpr-',
  label: 'load balancer policy rule',
  records: { schema: LoadBalancerPolicyRule, setKey: 'loadbalancer_policy_rule_set', idField: 'loadbalancer_policy_rule_id' },
  project: { partOf: 'loadbalancer_policy' },
})
