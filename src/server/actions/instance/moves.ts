import { checkInstanceMove, instanceMoves, type InstanceMoveName } from '../../domain/instances.js'
import { updateInstances, type InstanceRow } from '../../db/stores/instances.js'
import type { HandlerContext } from '../types.js'
import { instances } from '../../services/lookups/instance.js'

/** What a move's job needs besides the instance ids: nothing to pass when it needs nothing more. */
type Extra<D> = object extends Omit<D, 'instances'> ? [directive?: Omit<D, 'instances'>] : [directive: Omit<D, 'instances'>]

/**
 * The start of every instance move: every instance may make the move (1400) or nothing changes
 * (docs/compat.md#batch-all-or-nothing); then they enter the move's transition and one job will end it. `directive`
 * carries what the job needs besides the instance ids.
 */
export async function beginInstanceMove<D extends { instances: string[] }>(
  ctx: HandlerContext<D>,
  rows: readonly InstanceRow[],
  name: InstanceMoveName,
  ...[directive]: Extra<D>
): Promise<string> {
  const move = instanceMoves[name]
  for (const row of rows) checkInstanceMove(row, move)
  const moved = rows.map((row) => row.instance_id)
  if (move.transition !== '') await updateInstances(ctx.tx, moved, { transition_status: move.transition })
  return ctx.enqueueJob({ resource_ids: moved, directive: { ...directive, instances: moved } as D })
}

/** Looks the named instances up (2100 for the first unknown one) and begins the move. */
export async function moveInstances<D extends { instances: string[] }>(
  ctx: HandlerContext<D>,
  ids: readonly string[],
  name: InstanceMoveName,
  ...directive: Extra<D>
): Promise<{ job_id: string }> {
  return { job_id: await beginInstanceMove(ctx, await instances.all(ctx.tx.db, ids, ctx.zone), name, ...directive) }
}
