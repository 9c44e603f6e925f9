import { describeImages, imageSortKeys } from '../../db/stores/images.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { imageRecords } from './records.js'

export const DescribeImages: Handler<'DescribeImages'> = async (params, { tx, caller, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'images')
  const visibility = { scope, user_id: caller.user_id, zone_id: zone }
  const filter = {
    ...visibility,
    image_ids: params.images,
    statuses: params.status,
    processor_types: params.processor_type,
    os_families: params.os_family,
    visibilities: params.visibility,
    provider: params.provider,
    search_word: params.search_word,
    tag_ids: params.tags,
    owner: params.owner,
  }
  // Images the caller can not see are unknown.
  await checkDescribedIds(tx.db, {
    ids: params.images,
    scope,
    zone,
    label: 'image',
    visible: async (ids) =>
      (
        await describeImages(tx.db, { ...visibility, image_ids: ids }, { offset: 0, limit: ids.length, key: 'image_id', direction: 'asc' })
      ).rows.map((row) => row.image_id),
  })
  const order = listOrder(params, imageSortKeys)
  const { rows, total } = await describeImages(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { image_set: imageRecords(rows, zone), total_count: total }
}
