import { isoAt } from '../../domain/clock.js'
import { updateRouters, type RouterRow } from '../../db/stores/routers.js'
import type { HandlerContext } from '../types.js'
import { requireRouterStatus, routers } from '../../services/lookups/router.js'

/** Starts a router transition for every router named, all or nothing (docs/compat.md#batch-all-or-nothing). */
export async function beginRouterMove(
  ctx: HandlerContext<{ routers: string[] }>,
  ids: readonly string[],
  move: { from: readonly RouterRow['status'][]; transition: RouterRow['transition_status']; verb: string },
  check?: (rows: RouterRow[]) => Promise<void>,
): Promise<{ job_id: string; routers: string[] }> {
  const rows = await routers.all(ctx.tx.db, ids, ctx.zone)
  requireRouterStatus(rows, move.from, move.verb)
  await check?.(rows)
  const routerIds = rows.map((row) => row.router_id)
  await updateRouters(ctx.tx, routerIds, { transition_status: move.transition, status_time: isoAt(ctx.now) })
  const job_id = await ctx.enqueueJob({ resource_ids: routerIds, directive: { routers: routerIds } })
  return { job_id, routers: routerIds }
}
