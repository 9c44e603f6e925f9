import { baseVxnet } from '../../domain/addresses.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeVxnets, vxnetSortKeys } from '../../db/stores/vxnets.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { baseVxnetRecord, vxnetRecords } from './records.js'

export const DescribeVxnets: Handler<'DescribeVxnets'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'VxNets')
  // vxnet-0 is listed only when asked for by id (docs/compat.md#vxnet-0).
  const wanted = params.vxnets?.filter((id) => id !== baseVxnet.vxnet_id)
  const withBase = params.vxnets?.includes(baseVxnet.vxnet_id) === true
  await checkDescribedIds(tx.db, {
    ids: wanted,
    scope,
    zone,
    label: 'vxnet',
    visible: async (ids) =>
      (
        await describeVxnets(
          tx.db,
          { scope, zone_id: zone, vxnet_ids: ids },
          { offset: 0, limit: ids.length, key: 'vxnet_id', direction: 'asc' },
        )
      ).rows.map((row) => row.vxnet_id),
  })
  const filter = {
    scope,
    zone_id: zone,
    vxnet_ids: wanted,
    vxnet_type: params.vxnet_type,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  const { rows, total } = await describeVxnets(tx.db, filter, {
    offset: params.offset,
    limit: params.limit,
    ...listOrder(params, vxnetSortKeys),
  })
  const records = await vxnetRecords(tx.db, rows, params.verbose === 1)
  if (!withBase) return { vxnet_set: records, total_count: total }
  return { vxnet_set: [baseVxnetRecord(zone), ...records], total_count: total + 1 }
}
