import { ApiError } from '../../../protocol/errors.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { checkSnapshotMove, snapshotMoves } from '../../domain/snapshots.js'
import { checkVolumeMove, volumeMoves } from '../../domain/volumes.js'
import { updateInstances } from '../../db/stores/instances.js'
import { updateVolumes } from '../../db/stores/volumes.js'
import type { Handler } from '../types.js'
import { snapshots } from '../../services/lookups/snapshot.js'
import { snapshotTargets } from './targets.js'

export const ApplySnapshots: Handler<'ApplySnapshots'> = async (params, ctx) => {
  const rows = await snapshots.all(ctx.tx.db, params.snapshots, ctx.zone)
  const seen = new Set<string>()
  for (const row of rows) {
    checkSnapshotMove(row, snapshotMoves.use)
    if (seen.has(row.resource_id)) {
      throw new ApiError('InvalidParameter', {
        param: 'snapshots',
        reason: `name one point per resource: [${row.resource_id}] has several`,
      })
    }
    seen.add(row.resource_id)
  }
  // The resources must still exist (2100) and be at rest: instances stopped, volumes available (docs/compat.md#snapshot-preconditions).
  const targets = await snapshotTargets(
    ctx,
    rows.map((row) => row.resource_id),
    'snapshots',
  )
  for (const target of targets) {
    if (target.instance) checkInstanceMove(target.instance, instanceMoves.applySnapshot)
    if (target.volume) checkVolumeMove(target.volume, volumeMoves.applySnapshot)
  }
  const instances = targets.filter((t) => t.instance).map((t) => t.resource_id)
  const volumes = targets.filter((t) => t.volume).map((t) => t.resource_id)
  await updateInstances(ctx.tx, instances, { transition_status: instanceMoves.applySnapshot.transition })
  await updateVolumes(ctx.tx, volumes, { transition_status: volumeMoves.applySnapshot.transition })
  const applied = rows.map((row) => row.snapshot_id)
  const job_id = await ctx.enqueueJob({
    resource_ids: [...applied, ...instances, ...volumes],
    directive: { snapshots: applied, instances, volumes },
  })
  return { job_id }
}
