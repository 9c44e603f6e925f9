import type { InstanceImage } from '../../../protocol/records/instance.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { findImages, insertImages } from '../../db/stores/images.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../quota/require.js'
import type { HandlerContext } from '../types.js'

/**
 * A new private image of an instance's OS disk (CaptureInstance, CaptureInstanceFromSnapshot):
 * within the `image` quota (2500), pending/creating until its job ends, inheriting platform,
 * family and processor from the image the disk was made from (docs/compat.md#capture-instance).
 */
export async function insertCapturedImage(
  ctx: HandlerContext,
  input: { image_name: string | undefined; disk: { image: InstanceImage; os_disk_size: number; instance_type: string } },
): Promise<string> {
  const { tx, caller, zone, now } = ctx
  await requireQuota(ctx, { image: 1 })
  const { image, os_disk_size, instance_type } = input.disk
  const [origin] = await findImages(tx.db, [image.image_id])
  const at = isoAt(now)
  const image_id = newId('img-')
  await insertImages(tx, [
    {
      image_id,
      image_name: input.image_name ?? '',
      description: null,
      size: os_disk_size,
      processor_type: image.processor_type as '64bit' | '32bit',
      platform: image.platform as 'linux' | 'windows',
      os_family: image.os_family,
      visibility: 'private',
      provider: 'self',
      owner: caller.user_id,
      recommended_type: instance_type,
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
  return image_id
}
