import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { checkSnapshotMove, snapshotMoves, volumeSource } from '../../domain/snapshots.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes } from '../../db/stores/volumes.js'
import { joinSourceProjects } from '../../services/derived.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { newVolumeRow } from '../../services/new-volumes.js'
import { snapshots } from '../../services/lookups/snapshot.js'

export const CreateVolumeFromSnapshot: Handler<'CreateVolumeFromSnapshot'> = async (params, ctx) => {
  const { tx, zone, now } = ctx
  const snapshot = await snapshots.one(tx.db, params.snapshot, zone)
  checkSnapshotMove(snapshot, snapshotMoves.use)
  if (snapshot.resource_type !== 'volume') {
    throw new ApiError('PermissionDenied', {
      reason: `snapshot [${snapshot.snapshot_id}] is a point of an instance, only a volume's point makes a volume`,
    })
  }
  const { size, volume_type } = volumeSource(snapshot.source)
  // The volume is the snapshot owner's, whoever makes it (docs/compat.md#derived-resources-stay-in-the-project).
  const { owner } = snapshot
  await requireQuota({ ...ctx, caller: { ...ctx.caller, user_id: owner } }, { volume: 1, volume_size: size })
  const at = isoAt(now)
  const row = newVolumeRow({ volume_name: params.volume_name, size, volume_type, owner, zone_id: zone, at })
  const volume_id = row.volume_id
  await insertVolumes(tx, [row])
  await registerNew({ tx, createIn: undefined }, 'volume', [volume_id], { owner, zone_id: zone, create_time: at })
  await joinSourceProjects(tx, [
    { resource_id: volume_id, resource_type: 'volume', source_id: snapshot.snapshot_id, owner, zone_id: zone, create_time: at },
  ])
  const job_id = await ctx.enqueueJob({ resource_ids: [volume_id, snapshot.snapshot_id], directive: { volumes: [volume_id] } })
  return { job_id, volume_id }
}
