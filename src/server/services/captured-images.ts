import type { InstanceImage } from '../../protocol/records/instance.js'
import { isoAt } from '../domain/clock.js'
import { newId } from '../domain/ids.js'
import { findImages, insertImages } from '../db/stores/images.js'
import { registerNew } from '../db/stores/resources.js'
import { requireQuota } from './quotas.js'
import type { HandlerContext } from '../actions/types.js'
import { joinSourceProjects } from './derived.js'

/**
 * A new private image of an instance's OS disk (CaptureInstance, CaptureInstanceFromSnapshot):
 * within the `image` quota (2500), pending/creating until its job ends, inheriting platform,
 * family and processor from the image the disk was made from (docs/compat.md#capture-instance). It is the
 * owner's of the instance or snapshot it is made from, and joins its projects
 * (docs/compat.md#derived-resources-stay-in-the-project).
 */
export async function insertCapturedImage(
  ctx: HandlerContext,
  input: {
    image_name: string | undefined
    disk: { image: InstanceImage; os_disk_size: number; instance_type: string }
    source: { id: string; owner: string }
  },
): Promise<string> {
  const { tx, zone, now } = ctx
  const { owner } = input.source
  await requireQuota({ ...ctx, caller: { ...ctx.caller, user_id: owner } }, { image: 1 })
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
      owner,
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
  await registerNew({ tx, createIn: undefined }, 'image', [image_id], { owner, zone_id: zone, create_time: at })
  await joinSourceProjects(tx, [
    { resource_id: image_id, resource_type: 'image', source_id: input.source.id, owner, zone_id: zone, create_time: at },
  ])
  return image_id
}
