import type { TagRef } from '../../protocol/records/tag.js'
import type { Queryable } from '../db/database.js'
import { tagsByResource, tagsOf, type TagRow } from '../db/stores/tags.js'

/**
 * The `tags` array of every taggable record (docs/compat.md#tags-on-records): one query for a whole page,
 * then `refs(id)` per record.
 */
export async function tagRefs(q: Queryable, resourceIds: readonly string[]): Promise<(id: string) => TagRef[]> {
  return refsOf(await tagsOf(q, resourceIds))
}

/** `tagRefs` from the rows of `tagsOfResources`, when the page read them along with its other lookups. */
export function tagRefsOf(rows: ReadonlyArray<TagRow & { resource_id: string }>): (id: string) => TagRef[] {
  return refsOf(tagsByResource(rows))
}

function refsOf(bound: Map<string, TagRow[]>): (id: string) => TagRef[] {
  return (id) =>
    (bound.get(id) ?? []).map((tag) => ({ tag_id: tag.tag_id, tag_name: tag.tag_name, color: tag.color, description: tag.description }))
}
