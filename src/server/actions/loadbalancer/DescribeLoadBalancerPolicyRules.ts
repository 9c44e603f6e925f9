import { checkOwnerFilter, requireVisible } from '../../domain/lookup.js'
import { describePolicyRules } from '../../db/stores/loadbalancer-policies.js'
import { removedByCaller } from '../../services/describe-ids.js'
import { loadbalancerPolicies } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'
import { policyRuleRecord } from './policy-records.js'

export const DescribeLoadBalancerPolicyRules: Handler<'DescribeLoadBalancerPolicyRules'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'load balancer policy rules')
  const policyId = params.loadbalancer_policy
  // As DescribeSecurityGroupRules: an unknown policy is an error (docs/compat.md#unknown-ids-in-filters), a deleted
  // one has no rules (docs/compat.md#describe-removed-ids).
  if (policyId !== undefined && (await removedByCaller(tx.db, policyId, { scope, zone }))) {
    return { loadbalancer_policy_rule_set: [], total_count: 0 }
  }
  if (policyId !== undefined) {
    const policy = await loadbalancerPolicies.one(tx.db, policyId, zone)
    requireVisible(policy, scope, 'load balancer policy', policy.loadbalancer_policy_id)
  }
  const { rows, total } = await describePolicyRules(
    tx.db,
    { scope, zone_id: zone, loadbalancer_policy_id: policyId, rule_ids: params.loadbalancer_policy_rules },
    { offset: params.offset, limit: params.limit },
  )
  return { loadbalancer_policy_rule_set: rows.map(policyRuleRecord), total_count: total }
}
