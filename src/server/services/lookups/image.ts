import { ApiError } from '../../../protocol/errors.js'
import { requireAll } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findImages, type ImageRow } from '../../db/stores/images.js'

/**
 * The caller's own images named by `ids`, in the order named: 2100 for an unknown (or ceased)
 * one, 1400 for a system image, which no user may change (docs/compat.md#system-image-rules). Whose a captured
 * image is was settled by the authorize stage.
 */
export async function ownImages(q: Queryable, ids: readonly string[], zone: string): Promise<ImageRow[]> {
  const rows = (await findImages(q, ids)).filter((row) => row.status !== 'ceased')
  const system = rows.find((row) => row.provider === 'system')
  if (system)
    throw new ApiError('PermissionDenied', { reason: `image [${system.image_id}] is a system image, it can not be changed by users` })
  return requireAll(ids, rows, { id: (row) => row.image_id, label: 'image', zone })
}

export async function ownImage(q: Queryable, id: string, zone: string): Promise<ImageRow> {
  return (await ownImages(q, [id], zone))[0]!
}
