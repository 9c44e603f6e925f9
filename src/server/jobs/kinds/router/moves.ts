import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import type { Tx } from '../../../db/database.js'
import { settleRouters, type RouterRow } from '../../../db/stores/routers.js'
import { ids, type JobKind } from '../../kind.js'

const routersDirective = z.object({ routers: ids })
export type RoutersDirective = z.infer<typeof routersDirective>

/**
 * Ends a router transition: routers still in `transition` settle with `changes`, and `also` runs
 * for those (a replayed step finds none); a failed job settles them where they were.
 */
export function routerMoveKind(
  transition: RouterRow['transition_status'],
  realisticMs: number,
  changes: Partial<RouterRow>,
  also?: (tx: Tx, settled: string[], at: string) => Promise<void>,
): JobKind<RoutersDirective> {
  return {
    directive: routersDirective,
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          const settled = await settleRouters(tx, directive.routers, { transition, at, changes })
          await also?.(tx, settled, at)
        },
      },
    ],
    fail: async ({ tx, directive, now }) => {
      await settleRouters(tx, directive.routers, { transition, at: isoAt(now) })
    },
  }
}
