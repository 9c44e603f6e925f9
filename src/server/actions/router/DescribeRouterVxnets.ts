import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeRouters } from '../../db/stores/routers.js'
import { vxnetsOfRouters } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { routedOf } from '../../services/networks.js'

export const DescribeRouterVxnets: Handler<'DescribeRouterVxnets'> = async (params, { tx, scope, zone }) => {
  let routerIds: string[]
  if (params.router === '*') {
    const all = await describeRouters(tx.db, { scope, zone_id: zone }, { offset: 0, limit: 100_000, key: 'router_id', direction: 'asc' })
    routerIds = all.rows.map((row) => row.router_id)
  } else {
    // `router` is not an id parameter (`*` is allowed), so the scope decides: outside it the router is unknown.
    const visible = await describeRouters(
      tx.db,
      { scope, zone_id: zone, router_ids: [params.router] },
      { offset: 0, limit: 1, key: 'router_id', direction: 'asc' },
    )
    routerIds = visible.rows.map((row) => row.router_id)
    if (routerIds.length === 0) throw new ApiError('ResourceNotFound', { resource: 'router', id: params.router })
  }
  const joined = (await vxnetsOfRouters(tx.db, routerIds)).filter((v) => params.vxnet === undefined || v.vxnet_id === params.vxnet)
  const page = joined.slice(params.offset, params.offset + params.limit)
  return {
    router_vxnet_set: page.map((v) => ({
      router_id: v.router_id!,
      vxnet_id: v.vxnet_id,
      vxnet_name: v.vxnet_name,
      ...routedOf(v)!,
      features: v.features ?? 0,
      create_time: wireTime(v.join_time!),
    })),
    total_count: joined.length,
  }
}
