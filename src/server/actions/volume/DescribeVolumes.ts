import { describeVolumes, volumeSortKeys } from '../../db/stores/volumes.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
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
  await checkDescribedIds(tx.db, {
    ids: params.volumes,
    scope,
    zone,
    label: 'volume',
    visible: async (ids) =>
      (
        await describeVolumes(
          tx.db,
          { scope, zone_id: zone, volume_ids: ids },
          { offset: 0, limit: ids.length, key: 'volume_id', direction: 'asc' },
        )
      ).rows.map((v) => v.volume_id),
  })
  const order = listOrder(params, volumeSortKeys)
  const { rows, total } = await describeVolumes(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { volume_set: await volumeRecords(tx.db, rows), total_count: total }
}
