import { ApiError } from '../../../protocol/errors.js'
import { baseVxnet } from '../../domain/addresses.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeVxnets, vxnetSortKeys } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { baseVxnetRecord, vxnetRecords } from './records.js'

export const DescribeVxnets: Handler<'DescribeVxnets'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'VxNets')
  // vxnet-0 is listed only when asked for by id (docs/compat.md#vxnet-0).
  const wanted = params.vxnets?.filter((id) => id !== baseVxnet.vxnet_id)
  const withBase = params.vxnets?.includes(baseVxnet.vxnet_id) === true
  if (wanted?.length) {
    const visible = await describeVxnets(tx.db, { scope, zone_id: zone, vxnet_ids: wanted }, { offset: 0, limit: wanted.length, key: 'vxnet_id', direction: 'asc' })
    const known = new Set(visible.rows.map((row) => row.vxnet_id))
    const missing = wanted.find((id) => !known.has(id))
    if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'vxnet', id: missing })
  }
  const filter = { scope, zone_id: zone, vxnet_ids: wanted, vxnet_type: params.vxnet_type, search_word: params.search_word, tag_ids: params.tags }
  const { rows, total } = await describeVxnets(tx.db, filter, { offset: params.offset, limit: params.limit, ...listOrder(params, vxnetSortKeys) })
  const records = await vxnetRecords(tx.db, rows, params.verbose === 1)
  if (!withBase) return { vxnet_set: records, total_count: total }
  return { vxnet_set: [baseVxnetRecord(zone), ...records], total_count: total + 1 }
}
