import type { PolicyOperator, PolicyRuleType } from '../../../protocol/records/loadbalancer-policy.js'

export interface LoadbalancerPoliciesTable {
  loadbalancer_policy_id: string
  loadbalancer_policy_name: string
  operator: PolicyOperator
  /** '' follows the listener's balance mode. */
  balance_mode: string
  priority: number
  /** 0 after a change until ApplyLoadBalancerPolicy's job ends. */
  is_applied: number
  owner: string
  zone_id: string
  create_time: string
}

export interface LoadbalancerPolicyRulesTable {
  loadbalancer_policy_rule_id: string
  loadbalancer_policy_id: string
  loadbalancer_policy_rule_name: string | null
  rule_type: PolicyRuleType
  val: string
  owner: string
  zone_id: string
  create_time: string
}
