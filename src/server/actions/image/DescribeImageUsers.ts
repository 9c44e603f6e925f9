import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeImages, imageShares } from '../../db/stores/images.js'
import type { Handler } from '../types.js'

export const DescribeImageUsers: Handler<'DescribeImageUsers'> = async (params, { tx, caller, scope, zone }) => {
  // A Describe* gets a scope, not an authorized id: the image must be visible (2100) and the caller's own (1400).
  const { rows } = await describeImages(
    tx.db,
    { scope, user_id: caller.user_id, zone_id: zone, image_ids: [params.image_id] },
    { offset: 0, limit: 1, key: 'image_id', direction: 'asc' },
  )
  const image = rows[0]
  if (!image) throw new ApiError('ResourceNotFound', { resource: 'image', id: params.image_id })
  if (image.provider === 'system' || image.owner !== caller.user_id) {
    throw new ApiError('PermissionDenied', {
      reason: `image [${image.image_id}] is not an image of user [${caller.user_id}], its users are not shown`,
    })
  }
  const shares = await imageShares(tx.db, image.image_id, params)
  return {
    image_user_set: shares.rows.map((row) => ({
      image_id: row.image_id,
      create_time: wireTime(row.create_time),
      user: { user_id: row.user_id, email: row.email },
    })),
    total_count: shares.total,
  }
}
