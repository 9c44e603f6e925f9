import { ApiError } from '../../../protocol/errors.js'
import type { InstanceImage } from '../../../protocol/records/instance.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { instances } from '../../services/lookups/instance.js'
import type { Handler } from '../types.js'
import { insertCapturedImage } from '../../services/captured-images.js'

export const CaptureInstance: Handler<'CaptureInstance'> = async (params, ctx) => {
  if (params.target_user !== undefined && params.target_user !== ctx.caller.user_id) {
    // qingstack has no sub-accounts to make images for (docs/compat.md).
    throw new ApiError('PermissionDenied', {
      reason: `user [${ctx.caller.user_id}] may not capture images for user [${params.target_user}]`,
    })
  }
  const instance = await instances.one(ctx.tx.db, params.instance, ctx.zone)
  checkInstanceMove(instance, instanceMoves.capture)
  const disk = {
    image: JSON.parse(instance.image) as InstanceImage,
    os_disk_size: instance.os_disk_size,
    instance_type: instance.instance_type,
  }
  const image_id = await insertCapturedImage(ctx, {
    image_name: params.image_name,
    disk,
    source: { id: instance.instance_id, owner: instance.owner },
  })
  const job_id = await ctx.enqueueJob({ resource_ids: [image_id, instance.instance_id], directive: { images: [image_id] } })
  return { job_id, image_id }
}
