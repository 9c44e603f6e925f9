import { ApiError } from '../../../protocol/errors.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeRouters, routerSortKeys } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'
import { routerRecords } from './records.js'

export const DescribeRouters: Handler<'DescribeRouters'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'routers')
  if (params.routers?.length) {
    // An unknown router id is an error (docs/compat.md#unknown-ids-in-filters); ids outside the scope are unknown.
    const visible = await describeRouters(tx.db, { scope, zone_id: zone, router_ids: params.routers }, { offset: 0, limit: params.routers.length, key: 'router_id', direction: 'asc' })
    const known = new Set(visible.rows.map((row) => row.router_id))
    const missing = params.routers.find((id) => !known.has(id))
    if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'router', id: missing })
  }
  const filter = {
    scope,
    zone_id: zone,
    router_ids: params.routers,
    statuses: params.status,
    search_word: params.search_word,
    tag_ids: params.tags,
    vxnet_id: params.vxnet,
  }
  const { rows, total } = await describeRouters(tx.db, filter, { offset: params.offset, limit: params.limit, ...listOrder(params, routerSortKeys) })
  return { router_set: await routerRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
