import { updateImages, type ImageRow } from '../../db/stores/images.js'
import type { Handler } from '../types.js'
import { ownImage } from '../../services/lookups/image.js'

export const ModifyImageAttributes: Handler<'ModifyImageAttributes'> = async (params, { tx, zone }) => {
  const row = await ownImage(tx.db, params.image, zone)
  const changes: Partial<ImageRow> = {}
  if (params.image_name !== undefined) changes.image_name = params.image_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateImages(tx, [row.image_id], changes)
  return { image_id: row.image_id }
}
