import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeSnapshots, snapshotSortKeys } from '../../db/stores/snapshots.js'
import type { Handler } from '../types.js'
import { snapshotRecords } from './records.js'

export const DescribeSnapshots: Handler<'DescribeSnapshots'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'snapshots')
  const filter = {
    scope,
    zone_id: zone,
    snapshot_ids: params.snapshots,
    resource_id: params.resource_id,
    root_id: params.root_id,
    snapshot_type: params.snapshot_type,
    statuses: params.status,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  const order = listOrder(params, snapshotSortKeys)
  const { rows, total } = await describeSnapshots(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { snapshot_set: await snapshotRecords(tx.db, rows), total_count: total }
}
