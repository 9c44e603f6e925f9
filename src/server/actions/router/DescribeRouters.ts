import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeRouters, routerSortKeys } from '../../db/stores/routers.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { routerRecords } from './records.js'

export const DescribeRouters: Handler<'DescribeRouters'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'routers')
  await checkDescribedIds(tx.db, {
    ids: params.routers,
    scope,
    zone,
    label: 'router',
    visible: async (ids) =>
      (
        await describeRouters(
          tx.db,
          { scope, zone_id: zone, router_ids: ids },
          { offset: 0, limit: ids.length, key: 'router_id', direction: 'asc' },
        )
      ).rows.map((row) => row.router_id),
  })
  const filter = {
    scope,
    zone_id: zone,
    router_ids: params.routers,
    statuses: params.status,
    search_word: params.search_word,
    tag_ids: params.tags,
    vxnet_id: params.vxnet,
  }
  const { rows, total } = await describeRouters(tx.db, filter, {
    offset: params.offset,
    limit: params.limit,
    ...listOrder(params, routerSortKeys),
  })
  return { router_set: await routerRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
