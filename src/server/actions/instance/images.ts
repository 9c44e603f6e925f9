import { ApiError } from '../../../protocol/errors.js'
import type { InstanceImage } from '../../../protocol/records/instance.js'
import { checkImageUsable } from '../../domain/images.js'
import { findVisibleImages, type ImageRow } from '../../db/stores/images.js'
import type { HandlerContext } from '../types.js'

/** The image a caller may start instances from: a system image, its own, or one granted to it. */
export async function usableImage(ctx: HandlerContext, image_id: string): Promise<ImageRow> {
  const [image] = await findVisibleImages(ctx.tx.db, { scope: ctx.scope, user_id: ctx.caller.user_id, zone_id: ctx.zone }, [image_id])
  if (!image || image.status === 'ceased') throw new ApiError('ResourceNotFound', { resource: 'image', id: image_id })
  checkImageUsable(image)
  return image
}

export function embeddedImage(image: ImageRow): InstanceImage {
  return {
    image_id: image.image_id,
    image_name: image.image_name,
    image_size: image.size,
    size: image.size,
    os_family: image.os_family,
    platform: image.platform,
    processor_type: image.processor_type,
    provider: image.provider,
  }
}
