import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkSnapshotMove, snapshotMoves, volumeSource } from '../../domain/snapshots.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes } from '../../db/stores/volumes.js'
import { requireQuota } from '../quota/require.js'
import type { Handler } from '../types.js'
import { snapshots } from './lookup.js'

export const CreateVolumeFromSnapshot: Handler<'CreateVolumeFromSnapshot'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  const snapshot = await snapshots.one(tx.db, params.snapshot, zone)
  checkSnapshotMove(snapshot, snapshotMoves.use)
  if (snapshot.resource_type !== 'volume') {
    throw new ApiError('PermissionDenied', { reason: `snapshot [${snapshot.snapshot_id}] is a point of an instance, only a volume's point makes a volume` })
  }
  const { size, volume_type } = volumeSource(snapshot.source)
  await requireQuota(ctx, { volume: 1, volume_size: size })
  const at = isoAt(now)
  const volume_id = newId('vol-')
  await insertVolumes(tx, [
    {
      volume_id,
      volume_name: params.volume_name ?? '',
      description: null,
      size,
      volume_type,
      status: 'pending',
      transition_status: 'creating',
      sub_code: 0,
      owner: caller.user_id,
      zone_id: zone,
      create_time: at,
      status_time: at,
      instance_id: null,
      device: null,
    },
  ])
  await registerNew(tx, 'volume', [volume_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  const job_id = await ctx.enqueueJob({ resource_ids: [volume_id, snapshot.snapshot_id], directive: { volumes: [volume_id] } })
  return { job_id, volume_id }
}
