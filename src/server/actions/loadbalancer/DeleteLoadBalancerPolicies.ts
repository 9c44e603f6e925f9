import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { deleteLoadbalancerPolicies, ruleIdsOfPolicies } from '../../db/stores/loadbalancer-policies.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { loadbalancersFollowing } from '../../db/stores/loadbalancer-policies.js'
import { loadbalancerPolicies } from '../../services/lookups/loadbalancer_policy.js'
import type { Handler } from '../types.js'

export const DeleteLoadBalancerPolicies: Handler<'DeleteLoadBalancerPolicies'> = async (params, { tx, now, zone }) => {
  const ids = (await loadbalancerPolicies.all(tx.db, params.loadbalancer_policies, zone)).map((row) => row.loadbalancer_policy_id)
  // Refused while a backend follows one (docs/compat.md#error-messages: 1400, as for a security group in use).
  const used = await loadbalancersFollowing(tx.db, ids)
  for (const id of ids) {
    const loadbalancer = used.get(id)?.[0]
    if (loadbalancer !== undefined) {
      throw new ApiError('PermissionDenied', {
        reason: `load balancer policy [${id}] is used by backends of load balancer [${loadbalancer}], can not be deleted`,
      })
    }
  }
  const rules = await ruleIdsOfPolicies(tx.db, ids)
  await deleteLoadbalancerPolicies(tx, ids)
  await unregisterResources(tx, [...ids, ...rules], isoAt(now))
  return { loadbalancer_policies: ids }
}
