import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeListeners } from '../../db/stores/loadbalancers.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { listenerRecords } from './records.js'

export const DescribeLoadBalancerListeners: Handler<'DescribeLoadBalancerListeners'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'load balancer listeners')
  await checkDescribedIds(tx.db, {
    ids: params.loadbalancer_listeners,
    scope,
    zone,
    label: 'load balancer listener',
    visible: async (ids) =>
      (await describeListeners(tx.db, { scope, zone_id: zone, listener_ids: ids }, { offset: 0, limit: ids.length })).rows.map(
        (row) => row.loadbalancer_listener_id,
      ),
  })
  const filter = { scope, zone_id: zone, listener_ids: params.loadbalancer_listeners, loadbalancer_id: params.loadbalancer }
  const { rows, total } = await describeListeners(tx.db, filter, { offset: params.offset, limit: params.limit })
  return { loadbalancer_listener_set: await listenerRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
