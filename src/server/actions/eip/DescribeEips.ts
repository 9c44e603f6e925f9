import { ApiError } from '../../../protocol/errors.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeEips, eipSortKeys } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { eipRecords } from './records.js'

export const DescribeEips: Handler<'DescribeEips'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'EIPs')
  if (params.eips?.length) {
    // The page says an unknown EIP id is an error (docs/compat.md#unknown-ids-in-filters); ids outside the scope are unknown.
    const visible = await describeEips(tx.db, { scope, zone_id: zone, eip_ids: params.eips }, { offset: 0, limit: params.eips.length, key: 'eip_id', direction: 'asc' })
    const known = new Set(visible.rows.map((row) => row.eip_id))
    const missing = params.eips.find((id) => !known.has(id))
    if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'eip', id: missing })
  }
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
  const { rows, total } = await describeEips(tx.db, filter, { offset: params.offset, limit: params.limit, ...listOrder(params, eipSortKeys) })
  return { eip_set: await eipRecords(tx.db, rows), total_count: total }
}
