import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeLoadbalancerPolicies, loadbalancerPolicySortKeys } from '../../db/stores/loadbalancer-policies.js'
import type { Handler } from '../types.js'
import { policyRecords } from './policy-records.js'

export const DescribeLoadBalancerPolicies: Handler<'DescribeLoadBalancerPolicies'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'load balancer policies')
  const filter = { scope, zone_id: zone, loadbalancer_policy_ids: params.loadbalancer_policies, search_word: params.search_word }
  const order = listOrder(params, loadbalancerPolicySortKeys)
  const { rows, total } = await describeLoadbalancerPolicies(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { loadbalancer_policy_set: await policyRecords(tx.db, rows, { verbose: params.verbose === 1 }), total_count: total }
}
