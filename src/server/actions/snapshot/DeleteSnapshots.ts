import { checkSnapshotMove, snapshotMoves, withDescendants } from '../../domain/snapshots.js'
import { chainPoints, isLive, updateSnapshots } from '../../db/stores/snapshots.js'
import type { Handler } from '../types.js'
import { snapshots } from '../../services/lookups/snapshot.js'

export const DeleteSnapshots: Handler<'DeleteSnapshots'> = async (params, ctx) => {
  const named = await snapshots.all(ctx.tx.db, params.snapshots, ctx.zone)
  for (const row of named) checkSnapshotMove(row, snapshotMoves.delete)
  // Later points of a chain are built on the deleted ones: they go too (docs/compat.md).
  const live = (
    await chainPoints(
      ctx.tx.db,
      named.map((row) => row.root_id),
    )
  ).filter(isLive)
  const ids = withDescendants(
    named.map((row) => row.snapshot_id),
    live,
  )
  const rows = live.filter((point) => ids.includes(point.snapshot_id))
  for (const row of rows) checkSnapshotMove(row, snapshotMoves.delete)
  await updateSnapshots(ctx.tx, ids, { transition_status: snapshotMoves.delete.transition })
  const resources = [...new Set(rows.map((row) => row.resource_id))]
  const job_id = await ctx.enqueueJob({ resource_ids: ids, directive: { snapshots: ids, resources } })
  return { job_id, snapshots: ids }
}
