import { updateLoadbalancerPolicies, type LoadbalancerPolicyRow } from '../../db/stores/loadbalancer-policies.js'
import { loadbalancerPolicies } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const ModifyLoadBalancerPolicyAttributes: Handler<'ModifyLoadBalancerPolicyAttributes'> = async (params, { tx, zone }) => {
  const row = await loadbalancerPolicies.one(tx.db, params.loadbalancer_policy, zone)
  const changes: Partial<LoadbalancerPolicyRow> = {}
  if (params.operator !== undefined && params.operator !== row.operator) changes.operator = params.operator
  if (params.balance_mode !== undefined && params.balance_mode !== row.balance_mode) changes.balance_mode = params.balance_mode
  if (params.priority !== undefined && params.priority !== row.priority) changes.priority = params.priority
  // A change in how requests are forwarded waits for ApplyLoadBalancerPolicy; a new name does not.
  if (Object.keys(changes).length > 0) changes.is_applied = 0
  if (params.loadbalancer_policy_name !== undefined) changes.loadbalancer_policy_name = params.loadbalancer_policy_name.trim()
  if (Object.keys(changes).length > 0) await updateLoadbalancerPolicies(tx, [row.loadbalancer_policy_id], changes)
  return { loadbalancer_policy_id: row.loadbalancer_policy_id }
}
