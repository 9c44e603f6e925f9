import { checkRuleVal } from '../../domain/loadbalancer-policies.js'
import { updateLoadbalancerPolicies, updatePolicyRule, type LoadbalancerPolicyRuleRow } from '../../db/stores/loadbalancer-policies.js'
import { loadbalancerPolicyRules } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const ModifyLoadBalancerPolicyRuleAttributes: Handler<'ModifyLoadBalancerPolicyRuleAttributes'> = async (params, { tx, zone }) => {
  const rule = await loadbalancerPolicyRules.one(tx.db, params.loadbalancer_policy_rule, zone)
  const changes: Partial<Pick<LoadbalancerPolicyRuleRow, 'loadbalancer_policy_rule_name' | 'val'>> = {}
  if (params.loadbalancer_policy_rule_name !== undefined)
    changes.loadbalancer_policy_rule_name = params.loadbalancer_policy_rule_name.trim()
  const val = params.val === undefined ? undefined : checkRuleVal(params.val, 'val')
  if (val !== undefined && val !== rule.val) changes.val = val
  if (Object.keys(changes).length > 0) await updatePolicyRule(tx, rule.loadbalancer_policy_rule_id, changes)
  // What the rule matches changed: its policy waits for ApplyLoadBalancerPolicy.
  if (changes.val !== undefined) await updateLoadbalancerPolicies(tx, [rule.loadbalancer_policy_id], { is_applied: 0 })
  return { loadbalancer_policy_rule_id: rule.loadbalancer_policy_rule_id }
}
