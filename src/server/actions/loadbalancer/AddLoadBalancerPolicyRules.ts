import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkRuleVal, MAX_RULES_PER_POLICY } from '../../domain/loadbalancer-policies.js'
import {
  insertPolicyRules,
  policyRuleCount,
  updateLoadbalancerPolicies,
  type LoadbalancerPolicyRuleRow,
} from '../../db/stores/loadbalancer-policies.js'
import { registerNew } from '../../db/stores/resources.js'
import { loadbalancerPolicies } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const AddLoadBalancerPolicyRules: Handler<'AddLoadBalancerPolicyRules'> = async (params, { tx, zone, now, createIn }) => {
  const policy = await loadbalancerPolicies.one(tx.db, params.loadbalancer_policy, zone)
  if (params.rules.length === 0) throw new ApiError('MissingParameter', { param: 'rules' })
  const at = isoAt(now)
  // Every rule is checked before any is written (all or nothing).
  const rows: LoadbalancerPolicyRuleRow[] = params.rules.map((rule, i) => ({
    loadbalancer_policy_rule_id: newId('lbpr-'),
    loadbalancer_policy_id: policy.loadbalancer_policy_id,
    loadbalancer_policy_rule_name: rule.loadbalancer_policy_rule_name?.trim() || null,
    rule_type: rule.rule_type,
    val: checkRuleVal(rule.val, `rules.${i + 1}.val`),
    owner: policy.owner,
    zone_id: zone,
    create_time: at,
  }))
  const held = await policyRuleCount(tx.db, policy.loadbalancer_policy_id)
  if (held + rows.length > MAX_RULES_PER_POLICY) {
    throw new ApiError('QuotaExceeded', {
      reason: `load balancer policy [${policy.loadbalancer_policy_id}] may hold ${MAX_RULES_PER_POLICY} rules: ${held} held, ${rows.length} more requested`,
    })
  }
  await insertPolicyRules(tx, rows)
  const ids = rows.map((row) => row.loadbalancer_policy_rule_id)
  await registerNew({ tx, createIn }, 'loadbalancer_policy_rule', ids, { owner: policy.owner, zone_id: zone, create_time: at })
  await updateLoadbalancerPolicies(tx, [policy.loadbalancer_policy_id], { is_applied: 0 })
  return { loadbalancer_policy_rules: ids }
}
