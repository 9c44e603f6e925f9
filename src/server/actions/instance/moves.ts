import { checkInstanceMove, instanceMoves, type InstanceMoveName } from '../../domain/instances.js'
import { updateInstances, type InstanceRow } from '../../db/stores/instances.js'
import type { HandlerContext } from '../types.js'
import { instances } from './lookup.js'

/**
 * The start of every instance move: all named instances exist (2100) and may make the move
 * (1400), or nothing changes (gaps G-C9); then they enter the move's transition and one job will
 * end it. `directive` carries what the job needs besides the instance ids.
 */
export async function beginInstanceMove(
  ctx: HandlerContext,
  ids: readonly string[],
  name: InstanceMoveName,
  directive: Record<string, unknown> = {},
): Promise<{ job_id: string; rows: InstanceRow[] }> {
  const rows = await instances.all(ctx.tx.db, ids, ctx.zone)
  const move = instanceMoves[name]
  for (const row of rows) checkInstanceMove(row, move)
  const moved = rows.map((row) => row.instance_id)
  if (move.transition !== '') await updateInstances(ctx.tx, moved, { transition_status: move.transition })
  const job_id = await ctx.enqueueJob({ resource_ids: moved, directive: { instances: moved, ...directive } })
  return { job_id, rows }
}
