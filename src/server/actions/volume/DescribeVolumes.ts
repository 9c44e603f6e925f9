import { ApiError } from '../../../protocol/errors.js'
import { describeVolumes, volumeSortKeys } from '../../db/stores/volumes.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import type { Handler } from '../types.js'
import { volumeRecords } from './records.js'

export const DescribeVolumes: Handler<'DescribeVolumes'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'volumes')
  const filter = {
    scope,
    zone_id: zone,
    volume_ids: params.volumes,
    statuses: params.status,
    volume_type: params.volume_type,
    instance_id: params.instance_id,
    volume_name: params.volume_name,
    transition_status: params.transition_status,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  if (params.volumes?.length) {
    // The page says an unknown volume id is an error (docs/compat.md#unknown-ids-in-filters); ids outside the scope are unknown.
    const visible = await describeVolumes(
      tx.db,
      { scope, zone_id: zone, volume_ids: params.volumes },
      { offset: 0, limit: params.volumes.length, key: 'volume_id', direction: 'asc' },
    )
    const known = new Set(visible.rows.map((v) => v.volume_id))
    const missing = params.volumes.find((id) => !known.has(id))
    if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'volume', id: missing })
  }
  const order = listOrder(params, volumeSortKeys)
  const { rows, total } = await describeVolumes(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { volume_set: await volumeRecords(tx.db, rows), total_count: total }
}
