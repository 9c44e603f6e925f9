import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeBackends } from '../../db/stores/loadbalancers.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { backendRecords } from './records.js'

export const DescribeLoadBalancerBackends: Handler<'DescribeLoadBalancerBackends'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'load balancer backends')
  await checkDescribedIds(tx.db, {
    ids: params.loadbalancer_backends,
    scope,
    zone,
    label: 'load balancer backend',
    visible: async (ids) =>
      (await describeBackends(tx.db, { scope, zone_id: zone, backend_ids: ids }, { offset: 0, limit: ids.length })).rows.map(
        (row) => row.loadbalancer_backend_id,
      ),
  })
  const filter = {
    scope,
    zone_id: zone,
    backend_ids: params.loadbalancer_backends,
    listener_id: params.loadbalancer_listener,
    loadbalancer_id: params.loadbalancer,
  }
  const { rows, total } = await describeBackends(tx.db, filter, { offset: params.offset, limit: params.limit })
  return { loadbalancer_backend_set: await backendRecords(tx.db, rows), total_count: total }
}
