import { isoAt } from '../../domain/clock.js'
import { grantImage } from '../../db/stores/images.js'
import type { Handler } from '../types.js'
import { ownImage } from '../../services/lookups/image.js'
import { namedUsers } from './users.js'

export const GrantImageToUsers: Handler<'GrantImageToUsers'> = async (params, ctx) => {
  const image = await ownImage(ctx.tx.db, params.image, ctx.zone)
  await grantImage(ctx.tx, image.image_id, await namedUsers(ctx, params, image.owner), isoAt(ctx.now))
  return {}
}
