import { z } from 'zod'
import { findLoadbalancerPolicies, loadbalancersFollowing, updateLoadbalancerPolicies } from '../../../db/stores/loadbalancer-policies.js'
import { findLoadbalancers, updateLoadbalancers } from '../../../db/stores/loadbalancers.js'
import { defineJobKind } from '../../kind.js'

/**
 * The policy's current rules are in effect on every load balancer whose backends follow it: the
 * policy's is_applied becomes 1, and so does that of each of those load balancers that is active
 * and not in a transition, whose configuration is rebuilt (docs/compat.md#loadbalancer-policies).
 */
export const ApplyLoadBalancerPolicy = defineJobKind({
  directive: z.object({ loadbalancer_policy: z.string() }),
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive }) => {
        const id = directive.loadbalancer_policy
        // A policy deleted since the request is left alone.
        if ((await findLoadbalancerPolicies(tx.db, [id])).length === 0) return
        await updateLoadbalancerPolicies(tx, [id], { is_applied: 1 })
        const following = (await loadbalancersFollowing(tx.db, [id])).get(id) ?? []
        const settled = (await findLoadbalancers(tx.db, following)).filter((lb) => lb.status === 'active' && lb.transition_status === '')
        await updateLoadbalancers(
          tx,
          settled.map((lb) => lb.loadbalancer_id),
          { is_applied: 1 },
        )
      },
    },
  ],
})
