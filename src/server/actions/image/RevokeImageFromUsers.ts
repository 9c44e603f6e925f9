import { revokeImage } from '../../db/stores/images.js'
import type { Handler } from '../types.js'
import { ownImage } from '../../services/lookups/image.js'
import { namedUsers } from './users.js'

export const RevokeImageFromUsers: Handler<'RevokeImageFromUsers'> = async (params, ctx) => {
  const image = await ownImage(ctx.tx.db, params.image, ctx.zone)
  await revokeImage(ctx.tx, image.image_id, await namedUsers(ctx, params, image.owner))
  return {}
}
