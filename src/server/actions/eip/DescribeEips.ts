import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeEips, eipSortKeys } from '../../db/stores/eips.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { eipRecords } from './records.js'

export const DescribeEips: Handler<'DescribeEips'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'EIPs')
  await checkDescribedIds(tx.db, {
    ids: params.eips,
    scope,
    zone,
    label: 'EIP',
    visible: async (ids) =>
      (
        await describeEips(tx.db, { scope, zone_id: zone, eip_ids: ids }, { offset: 0, limit: ids.length, key: 'eip_id', direction: 'asc' })
      ).rows.map((row) => row.eip_id),
  })
  const filter = {
    scope,
    zone_id: zone,
    eip_ids: params.eips,
    instance_id: params.instance_id,
    // Stored as AllocateEips and ChangeEipsBillingMode were given it (trimmed): an unknown group matches nothing.
    eip_group_id: params.eip_group?.trim() || undefined,
    statuses: params.status,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  const { rows, total } = await describeEips(tx.db, filter, {
    offset: params.offset,
    limit: params.limit,
    ...listOrder(params, eipSortKeys),
  })
  return { eip_set: await eipRecords(tx.db, rows), total_count: total }
}
