import { checkInstanceMove, instanceMoves, type InstanceMoveName } from '../../domain/instances.js'
import { updateInstances, type InstanceRow } from '../../db/stores/instances.js'
import type { HandlerContext } from '../types.js'
import { instances } from './lookup.js'

/**
 * The start of every instance move: every instance may make the move (1400) or nothing changes
 * (docs/compat.md#batch-all-or-nothing); then they enter the move's transition and one job will end it. `directive`
 * carries what the job needs besides the instance ids.
 */
export async function beginInstanceMove(
  ctx: HandlerContext,
  rows: readonly InstanceRow[],
  name: InstanceMoveName,
  directive: Record<string, unknown> = {},
): Promise<string> {
  const move = instanceMoves[name]
  for (const row of rows) checkInstanceMove(row, move)
  const moved = rows.map((row) => row.instance_id)
  if (move.transition !== '') await updateInstances(ctx.tx, moved, { transition_status: move.transition })
  return ctx.enqueueJob({ resource_ids: moved, directive: { instances: moved, ...directive } })
}

/** Looks the named instances up (2100 for the first unknown one) and begins the move. */
export async function moveInstances(
  ctx: HandlerContext,
  ids: readonly string[],
  name: InstanceMoveName,
  directive: Record<string, unknown> = {},
): Promise<{ job_id: string }> {
  return { job_id: await beginInstanceMove(ctx, await instances.all(ctx.tx.db, ids, ctx.zone), name, directive) }
}
