import { loadbalancersFollowing } from '../../db/stores/loadbalancer-policies.js'
import { loadbalancerPolicies } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const ApplyLoadBalancerPolicy: Handler<'ApplyLoadBalancerPolicy'> = async (params, { tx, zone, enqueueJob }) => {
  const policy = await loadbalancerPolicies.one(tx.db, params.loadbalancer_policy, zone)
  const loadbalancers = (await loadbalancersFollowing(tx.db, [policy.loadbalancer_policy_id])).get(policy.loadbalancer_policy_id) ?? []
  const job_id = await enqueueJob({
    resource_ids: [policy.loadbalancer_policy_id, ...loadbalancers],
    directive: { loadbalancer_policy: policy.loadbalancer_policy_id },
  })
  return { job_id }
}
