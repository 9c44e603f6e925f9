import { ApiError } from '../../../protocol/errors.js'
import type { InstanceImage } from '../../../protocol/records/instance.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { findImages, insertImages } from '../../db/stores/images.js'
import { registerNew } from '../../db/stores/resources.js'
import { instances } from '../instance/lookup.js'
import { requireQuota } from '../quota/require.js'
import type { Handler } from '../types.js'

export const CaptureInstance: Handler<'CaptureInstance'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  if (params.target_user !== undefined && params.target_user !== caller.user_id) {
    // qingstack has no sub-accounts to make images for (docs/compat.md).
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not capture images for user [${params.target_user}]` })
  }
  const instance = await instances.one(tx.db, params.instance, zone)
  checkInstanceMove(instance, instanceMoves.capture)
  await requireQuota(ctx, { image: 1 })
  // The new image inherits what the instance was made from (spec iaas.md §4.2).
  const source = JSON.parse(instance.image) as InstanceImage
  const [origin] = await findImages(tx.db, [source.image_id])
  const at = isoAt(now)
  const image_id = newId('img-')
  await insertImages(tx, [
    {
      image_id,
      image_name: params.image_name ?? '',
      description: null,
      size: instance.os_disk_size,
      processor_type: source.processor_type as '64bit' | '32bit',
      platform: source.platform as 'linux' | 'windows',
      os_family: source.os_family,
      visibility: 'private',
      provider: 'self',
      owner: caller.user_id,
      recommended_type: instance.instance_type,
      default_user: origin?.default_user ?? 'root',
      status: 'pending',
      transition_status: 'creating',
      sub_code: 0,
      zone_id: zone,
      create_time: at,
      status_time: at,
    },
  ])
  await registerNew(tx, 'image', [image_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  const job_id = await ctx.enqueueJob({ resource_ids: [image_id, instance.instance_id], directive: { images: [image_id] } })
  return { job_id, image_id }
}
