import { lookupOf } from '../../domain/lookup.js'
import { findLoadbalancerPolicies, findPolicyRules } from '../../db/stores/loadbalancer-policies.js'

/** `loadbalancerPolicies.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown id. */
export const loadbalancerPolicies = lookupOf(findLoadbalancerPolicies, (row) => row.loadbalancer_policy_id, 'load balancer policy')
export const loadbalancerPolicyRules = lookupOf(findPolicyRules, (row) => row.loadbalancer_policy_rule_id, 'load balancer policy rule')
