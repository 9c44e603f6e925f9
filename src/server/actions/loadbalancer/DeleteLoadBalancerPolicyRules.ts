import { isoAt } from '../../domain/clock.js'
import { deletePolicyRules, updateLoadbalancerPolicies } from '../../db/stores/loadbalancer-policies.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { loadbalancerPolicyRules } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const DeleteLoadBalancerPolicyRules: Handler<'DeleteLoadBalancerPolicyRules'> = async (params, { tx, now, zone }) => {
  const rows = await loadbalancerPolicyRules.all(tx.db, params.loadbalancer_policy_rules, zone)
  const ids = rows.map((row) => row.loadbalancer_policy_rule_id)
  await deletePolicyRules(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  await updateLoadbalancerPolicies(tx, [...new Set(rows.map((row) => row.loadbalancer_policy_id))], { is_applied: 0 })
  return { loadbalancer_policy_rules: ids }
}
