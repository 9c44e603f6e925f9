import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkTagName, defaultTagColor } from '../../domain/tags.js'
import { registerNew } from '../../db/stores/resources.js'
import { findTagByName, insertTag } from '../../db/stores/tags.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateTag: Handler<'CreateTag'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  const tag_name = checkTagName(params.tag_name)
  if (await findTagByName(tx.db, caller.user_id, zone, tag_name)) {
    throw new ApiError('ResourceAlreadyExists', { resource: 'tag named', id: tag_name })
  }
  await requireQuota(ctx, { tag: 1 })
  const at = isoAt(now)
  const tag_id = newId('tag-')
  await insertTag(tx, {
    tag_id,
    tag_name,
    description: params.description?.trim() ?? '',
    color: params.color ?? defaultTagColor,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  })
  await registerNew(ctx, 'tag', [tag_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { tag_id }
}
