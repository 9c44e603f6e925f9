import { isoAt } from '../../domain/clock.js'
import { updateLoadbalancers, type LoadbalancerRow } from '../../db/stores/loadbalancers.js'
import { loadbalancers, requireLoadbalancerStatus } from '../../services/lookups/loadbalancer.js'
import type { HandlerContext } from '../types.js'

/** Starts a transition of every load balancer named, all or nothing (docs/compat.md#batch-all-or-nothing). */
export async function beginLoadbalancerMove(
  ctx: HandlerContext<{ loadbalancers: string[] }>,
  ids: readonly string[],
  move: { from: readonly LoadbalancerRow['status'][]; transition: LoadbalancerRow['transition_status']; verb: string },
): Promise<{ job_id: string; loadbalancers: string[] }> {
  const rows = await loadbalancers.all(ctx.tx.db, ids, ctx.zone)
  requireLoadbalancerStatus(rows, move.from, move.verb)
  const loadbalancerIds = rows.map((row) => row.loadbalancer_id)
  await updateLoadbalancers(ctx.tx, loadbalancerIds, { transition_status: move.transition, status_time: isoAt(ctx.now) })
  const job_id = await ctx.enqueueJob({ resource_ids: loadbalancerIds, directive: { loadbalancers: loadbalancerIds } })
  return { job_id, loadbalancers: loadbalancerIds }
}

/** Listeners and backends change a load balancer that is settled, active or stopped (docs/compat.md#loadbalancer-states). */
export function requireEditable(row: LoadbalancerRow): void {
  requireLoadbalancerStatus([row], ['active', 'stopped'], 'changed')
}
