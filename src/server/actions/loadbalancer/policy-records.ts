import type { LoadBalancerPolicy, LoadBalancerPolicyRule } from '../../../protocol/records/loadbalancer-policy.js'
import { wireTime } from '../../../protocol/time.js'
import type { Queryable } from '../../db/database.js'
import type { LoadbalancerPolicyRow, LoadbalancerPolicyRuleRow } from '../../db/stores/loadbalancer-policies.js'
import { loadbalancersFollowing } from '../../db/stores/loadbalancer-policies.js'

/** Policy records as DescribeLoadBalancerPolicies shows them; verbose adds the load balancers whose backends follow each. */
export async function policyRecords(
  q: Queryable,
  rows: readonly LoadbalancerPolicyRow[],
  options: { verbose: boolean },
): Promise<LoadBalancerPolicy[]> {
  const users = options.verbose
    ? await loadbalancersFollowing(
        q,
        rows.map((r) => r.loadbalancer_policy_id),
      )
    : undefined
  return rows.map((row) => ({
    loadbalancer_policy_id: row.loadbalancer_policy_id,
    loadbalancer_policy_name: row.loadbalancer_policy_name,
    operator: row.operator,
    balance_mode: row.balance_mode,
    priority: row.priority,
    is_applied: row.is_applied,
    owner: row.owner,
    zone_id: row.zone_id,
    create_time: wireTime(row.create_time),
    ...(users ? { loadbalancer_ids: users.get(row.loadbalancer_policy_id) ?? [] } : {}),
  }))
}

export function policyRuleRecord(row: LoadbalancerPolicyRuleRow): LoadBalancerPolicyRule {
  return {
    loadbalancer_policy_rule_id: row.loadbalancer_policy_rule_id,
    loadbalancer_policy_rule_name: row.loadbalancer_policy_rule_name,
    loadbalancer_policy_id: row.loadbalancer_policy_id,
    rule_type: row.rule_type,
    val: row.val,
    owner: row.owner,
    zone_id: row.zone_id,
    create_time: wireTime(row.create_time),
  }
}
