import { isoAt } from '../../domain/clock.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { deleteTags } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'
import { tags } from '../../services/lookups/tag.js'

export const DeleteTags: Handler<'DeleteTags'> = async (params, { tx, now, zone }) => {
  const ids = (await tags.all(tx.db, params.tags, zone)).map((tag) => tag.tag_id)
  await deleteTags(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { tags: ids }
}
