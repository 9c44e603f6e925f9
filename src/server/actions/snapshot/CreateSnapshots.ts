import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { chainPlace, pointSize } from '../../domain/snapshots.js'
import { checkVolumeMove, volumeMoves } from '../../domain/volumes.js'
import { registerNew } from '../../db/stores/resources.js'
import { clearHeads, headsOf, insertSnapshots, type SnapshotRow } from '../../db/stores/snapshots.js'
import { countByOwner, joinSourceProjects } from '../../services/derived.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { snapshotTargets } from './targets.js'

export const CreateSnapshots: Handler<'CreateSnapshots'> = async (params, ctx) => {
  const { tx, zone, now } = ctx
  const targets = await snapshotTargets(ctx, params.resources, 'resources')
  for (const target of targets) {
    if (target.instance) checkInstanceMove(target.instance, instanceMoves.snapshot)
    if (target.volume) checkVolumeMove(target.volume, volumeMoves.snapshot)
  }
  // A point is its resource owner's, whoever takes it (docs/compat.md#derived-resources-stay-in-the-project).
  const ownerOf = (target: (typeof targets)[number]) => (target.instance ?? target.volume)!.owner
  const byOwner = countByOwner(targets.map((target) => ({ owner: ownerOf(target) })))
  for (const [owner, owned] of byOwner)
    await requireQuota({ ...ctx, caller: { ...ctx.caller, user_id: owner } }, { snapshot: owned.length })
  const heads = await headsOf(
    tx.db,
    targets.map((t) => t.resource_id),
  )
  // Every point of one call shares its snapshot_time (docs/compat.md#snapshot-chains).
  const at = isoAt(now)
  const rows: SnapshotRow[] = targets.map((target) => {
    const snapshot_id = newId('ss-')
    const place = chainPlace(snapshot_id, heads.get(target.resource_id), params.is_full === 1)
    return {
      snapshot_id,
      snapshot_name: params.snapshot_name ?? '',
      description: null,
      ...place,
      status: 'pending',
      transition_status: 'creating',
      sub_code: 0,
      snapshot_time: at,
      is_taken: 0,
      is_head: 1,
      size: pointSize(target.disk, place.snapshot_type),
      resource_id: target.resource_id,
      resource_type: target.resource_type,
      resource_name: target.resource_name,
      source: target.source,
      owner: ownerOf(target),
      zone_id: zone,
      create_time: at,
      status_time: at,
    }
  })
  // The new point becomes its resource's current one at once, so a second call follows it.
  await clearHeads(
    tx,
    targets.map((t) => t.resource_id),
  )
  await insertSnapshots(tx, rows)
  const snapshots = rows.map((row) => row.snapshot_id)
  for (const owner of byOwner.keys()) {
    await registerNew(
      { tx, createIn: undefined },
      'snapshot',
      rows.filter((r) => r.owner === owner).map((r) => r.snapshot_id),
      { owner, zone_id: zone, create_time: at },
    )
  }
  await joinSourceProjects(
    tx,
    rows.map((r) => ({
      resource_id: r.snapshot_id,
      resource_type: 'snapshot',
      source_id: r.resource_id,
      owner: r.owner,
      zone_id: zone,
      create_time: at,
    })),
  )
  const job_id = await ctx.enqueueJob({ resource_ids: snapshots, directive: { snapshots } })
  return { job_id, snapshots }
}
