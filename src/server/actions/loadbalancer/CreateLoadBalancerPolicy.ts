import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertLoadbalancerPolicy } from '../../db/stores/loadbalancer-policies.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateLoadBalancerPolicy: Handler<'CreateLoadBalancerPolicy'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  await requireQuota(ctx, { loadbalancer_policy: 1 })
  const at = isoAt(now)
  const loadbalancer_policy_id = newId('lbp-')
  await insertLoadbalancerPolicy(tx, {
    loadbalancer_policy_id,
    loadbalancer_policy_name: params.loadbalancer_policy_name?.trim() ?? '',
    operator: params.operator,
    balance_mode: params.balance_mode ?? '',
    priority: 0,
    // Nothing to apply yet: a new policy has no rules and no backend follows it (docs/compat.md#loadbalancer-policies).
    is_applied: 1,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  })
  await registerNew(ctx, 'loadbalancer_policy', [loadbalancer_policy_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { loadbalancer_policy_id }
}
