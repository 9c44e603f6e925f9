import type { Tag } from '../../../protocol/records/tag.js'
import { wireTime } from '../../../protocol/time.js'
import { groupBy } from '../../domain/collections.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { listOrder } from '../../domain/listing.js'
import { bindingCounts, bindingsOf, describeTags, tagSortKeys } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'

export const DescribeTags: Handler<'DescribeTags'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'tags')
  const filter = { scope, zone_id: zone, tag_ids: params.tags, search_word: params.search_word, resource_ids: params.resources }
  const order = listOrder(params, tagSortKeys)
  const { rows, total } = await describeTags(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  const ids = rows.map((row) => row.tag_id)
  const counts = groupBy(await bindingCounts(tx.db, ids), (c) => c.tag_id)
  const pairs = params.verbose === 1 ? groupBy(await bindingsOf(tx.db, ids), (b) => b.tag_id) : undefined
  const tag_set = rows.map((row): Tag => {
    const byType = counts.get(row.tag_id) ?? []
    return {
      tag_id: row.tag_id,
      tag_name: row.tag_name,
      description: row.description,
      color: row.color,
      owner: row.owner,
      zone_id: row.zone_id,
      create_time: wireTime(row.create_time),
      resource_count: byType.reduce((sum, c) => sum + c.count, 0),
      resource_type_count: byType.map(({ resource_type, count }) => ({ resource_type, count })),
      ...(pairs
        ? {
            resource_tag_pairs: (pairs.get(row.tag_id) ?? []).map(({ tag_id, resource_type, resource_id }) => ({
              tag_id,
              resource_type,
              resource_id,
            })),
          }
        : {}),
    }
  })
  return { tag_set, total_count: total }
}
