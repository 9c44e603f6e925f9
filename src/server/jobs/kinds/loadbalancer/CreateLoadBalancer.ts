import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { settleEips } from '../../../db/stores/eips.js'
import { settleLoadbalancers } from '../../../db/stores/loadbalancers.js'
import { defineJobKind, ids } from '../../kind.js'

const unheld = { status: 'available', resource_id: null, resource_type: null } as const

/**
 * pending/creating → active; its EIPs associating → associated. A failed job leaves the load
 * balancer pending and its EIPs available (docs/compat.md#loadbalancer-states).
 */
export const CreateLoadBalancer = defineJobKind({
  directive: z.object({ loadbalancers: ids, eips: ids }),
  steps: [
    {
      realisticMs: 20_000,
      run: async ({ tx, directive, now }) => {
        const at = isoAt(now)
        await settleLoadbalancers(tx, directive.loadbalancers, { transition: 'creating', at, changes: { status: 'active' } })
        await settleEips(tx, directive.eips, { transition: 'associating', at, changes: { status: 'associated' } })
      },
    },
  ],
  fail: async ({ tx, directive, now }) => {
    const at = isoAt(now)
    await settleLoadbalancers(tx, directive.loadbalancers, { transition: 'creating', at })
    await settleEips(tx, directive.eips, { transition: 'associating', at, changes: unheld })
  },
})
