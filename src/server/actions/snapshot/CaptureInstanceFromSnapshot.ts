import { ApiError } from '../../../protocol/errors.js'
import { checkSnapshotMove, instanceSource, snapshotMoves } from '../../domain/snapshots.js'
import { insertCapturedImage } from '../../services/captured-images.js'
import type { Handler } from '../types.js'
import { snapshots } from '../../services/lookups/snapshot.js'

export const CaptureInstanceFromSnapshot: Handler<'CaptureInstanceFromSnapshot'> = async (params, ctx) => {
  const snapshot = await snapshots.one(ctx.tx.db, params.snapshot, ctx.zone)
  checkSnapshotMove(snapshot, snapshotMoves.use)
  if (snapshot.resource_type !== 'instance') {
    throw new ApiError('PermissionDenied', {
      reason: `snapshot [${snapshot.snapshot_id}] is a point of a volume, only an instance's point makes an image`,
    })
  }
  const image_id = await insertCapturedImage(ctx, {
    image_name: params.image_name,
    disk: instanceSource(snapshot.source),
    source: { id: snapshot.snapshot_id, owner: snapshot.owner },
  })
  const job_id = await ctx.enqueueJob({ resource_ids: [image_id, snapshot.snapshot_id], directive: { images: [image_id] } })
  return { job_id, image_id }
}
