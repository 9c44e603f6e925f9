import { lookupOf } from '../../domain/lookup.js'
import { findTags } from '../../db/stores/tags.js'

/** `tags.all(q, ids, zone)` / `tags.one(q, id, zone)`: the rows, or 2100 for the first unknown id. */
export const tags = lookupOf(findTags, (row) => row.tag_id, 'tag')
