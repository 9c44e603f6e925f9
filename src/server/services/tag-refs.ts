import type { TagRef } from '../../protocol/records/tag.js'
import type { Queryable } from '../db/database.js'
import { tagsOf } from '../db/stores/tags.js'

/**
 * The `tags` array of every taggable record (docs/compat.md#tags-on-records): one query for a whole page,
 * then `refs(id)` per record.
 */
export async function tagRefs(q: Queryable, resourceIds: readonly string[]): Promise<(id: string) => TagRef[]> {
  const bound = await tagsOf(q, resourceIds)
  return (id) =>
    (bound.get(id) ?? []).map((tag) => ({ tag_id: tag.tag_id, tag_name: tag.tag_name, color: tag.color, description: tag.description }))
}
