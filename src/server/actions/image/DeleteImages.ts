import { checkImageMove, imageMoves } from '../../domain/images.js'
import { updateImages } from '../../db/stores/images.js'
import type { Handler } from '../types.js'
import { ownImages } from '../../services/lookups/image.js'

export const DeleteImages: Handler<'DeleteImages'> = async (params, ctx) => {
  const rows = await ownImages(ctx.tx.db, params.images, ctx.zone)
  for (const row of rows) checkImageMove(row, imageMoves.delete)
  const images = rows.map((row) => row.image_id)
  await updateImages(ctx.tx, images, { transition_status: imageMoves.delete.transition })
  return { job_id: await ctx.enqueueJob({ resource_ids: images, directive: { images } }) }
}
