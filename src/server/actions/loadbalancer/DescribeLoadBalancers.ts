import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeLoadbalancers, loadbalancerSortKeys } from '../../db/stores/loadbalancers.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { loadbalancerRecords } from './records.js'

export const DescribeLoadBalancers: Handler<'DescribeLoadBalancers'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'load balancers')
  await checkDescribedIds(tx.db, {
    ids: params.loadbalancers,
    scope,
    zone,
    label: 'load balancer',
    visible: async (ids) =>
      (
        await describeLoadbalancers(
          tx.db,
          { scope, zone_id: zone, loadbalancer_ids: ids },
          { offset: 0, limit: ids.length, key: 'loadbalancer_id', direction: 'asc' },
        )
      ).rows.map((row) => row.loadbalancer_id),
  })
  const filter = {
    scope,
    zone_id: zone,
    loadbalancer_ids: params.loadbalancers,
    statuses: params.status,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  const { rows, total } = await describeLoadbalancers(tx.db, filter, {
    offset: params.offset,
    limit: params.limit,
    ...listOrder(params, loadbalancerSortKeys),
  })
  return { loadbalancer_set: await loadbalancerRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
