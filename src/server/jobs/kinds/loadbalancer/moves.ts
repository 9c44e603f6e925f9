import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import type { Tx } from '../../../db/database.js'
import { settleEips } from '../../../db/stores/eips.js'
import { settleLoadbalancers, type LoadbalancerRow } from '../../../db/stores/loadbalancers.js'
import { ids, type JobKind } from '../../kind.js'

const loadbalancersDirective = z.object({ loadbalancers: ids })
export type LoadbalancersDirective = z.infer<typeof loadbalancersDirective>

/**
 * Ends a load balancer transition: those still in `transition` settle with `changes`, and `also`
 * runs for them (a replayed step finds none); a failed job settles them where they were.
 */
export function loadbalancerMoveKind(
  transition: LoadbalancerRow['transition_status'],
  realisticMs: number,
  changes: Partial<LoadbalancerRow>,
  also?: (tx: Tx, settled: string[], at: string) => Promise<void>,
): JobKind<LoadbalancersDirective> {
  return {
    directive: loadbalancersDirective,
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          const settled = await settleLoadbalancers(tx, directive.loadbalancers, { transition, at, changes })
          await also?.(
            tx,
            settled.map((row) => row.loadbalancer_id),
            at,
          )
        },
      },
    ],
    fail: async ({ tx, directive, now }) => {
      await settleLoadbalancers(tx, directive.loadbalancers, { transition, at: isoAt(now) })
    },
  }
}

const eipsDirective = z.object({ loadbalancer: z.string(), eips: ids })
export type LoadbalancerEipsDirective = z.infer<typeof eipsDirective>

/** An EIP move of a load balancer: the EIPs still in `transition` settle with `changes`, or with `failed` when the job fails. */
export function loadbalancerEipKind(
  transition: 'associating' | 'dissociating',
  changes: Parameters<typeof settleEips>[2]['changes'],
  failed: Parameters<typeof settleEips>[2]['changes'],
): JobKind<LoadbalancerEipsDirective> {
  return {
    directive: eipsDirective,
    steps: [
      {
        realisticMs: 3000,
        run: async ({ tx, directive, now }) => {
          await settleEips(tx, directive.eips, { transition, at: isoAt(now), changes })
        },
      },
    ],
    fail: async ({ tx, directive, now }) => {
      await settleEips(tx, directive.eips, { transition, at: isoAt(now), changes: failed })
    },
  }
}
