import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { settleLoadbalancers } from '../../../db/stores/loadbalancers.js'
import { defineJobKind, ids } from '../../kind.js'

/** stopped/resizing → stopped with the new connection tier (docs/compat.md#loadbalancer-states). */
export const ResizeLoadBalancers = defineJobKind({
  directive: z.object({ loadbalancers: ids, loadbalancer_type: z.number().int() }),
  steps: [
    {
      realisticMs: 10_000,
      run: async ({ tx, directive, now }) => {
        const changes = { loadbalancer_type: directive.loadbalancer_type }
        await settleLoadbalancers(tx, directive.loadbalancers, { transition: 'resizing', at: isoAt(now), changes })
      },
    },
  ],
  fail: async ({ tx, directive, now }) => {
    await settleLoadbalancers(tx, directive.loadbalancers, { transition: 'resizing', at: isoAt(now) })
  },
})
