import { ApiError } from '../../../protocol/errors.js'
import { inRange, parseCidr } from '../../domain/addresses.js'
import { isoAt } from '../../domain/clock.js'
import { routedNetwork } from '../../domain/vxnets.js'
import { updateVxnets, vxnetsOfRouters } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { vxnets } from '../../services/lookups/vxnet.js'
import { refuseBaseVxnet } from '../../services/lookups/vxnet.js'
import { requireRouterStatus, routers } from '../../services/lookups/router.js'

/**
 * The VxNet takes the router's addressing at once, so no other join can claim it or an
 * overlapping network; its instances get their addresses when the job ends (docs/compat.md#router-addressing).
 */
export const JoinRouter: Handler<'JoinRouter'> = async (params, { tx, zone, now, enqueueJob }) => {
  refuseBaseVxnet([params.vxnet], 'joined to a router')
  const router = await routers.one(tx.db, params.router, zone)
  const vxnet = await vxnets.one(tx.db, params.vxnet, zone)
  const net = routedNetwork(params)
  // The VxNet's network lies inside the router's vpc_network (host ranges of both compared).
  const vpc = parseCidr(router.vpc_network)
  if (vpc && !inRange(vpc, parseCidr(net.ip_network)!.first)) {
    throw new ApiError('InvalidParameter', {
      param: 'ip_network',
      reason: `must lie inside the router's vpc_network ${router.vpc_network}`,
    })
  }
  requireRouterStatus([router], ['active', 'poweroffed'], 'joined')
  if (vxnet.vxnet_type !== 1)
    throw new ApiError('PermissionDenied', { reason: `vxnet [${vxnet.vxnet_id}] is unmanaged, it can not join a router` })
  if (vxnet.router_id)
    throw new ApiError('PermissionDenied', { reason: `vxnet [${vxnet.vxnet_id}] is already joined to router [${vxnet.router_id}]` })
  const clash = (await vxnetsOfRouters(tx.db, [router.router_id])).find((v) => v.ip_network === net.ip_network)
  if (clash) {
    throw new ApiError('PermissionDenied', {
      reason: `ip_network [${net.ip_network}] is already used by vxnet [${clash.vxnet_id}] of router [${router.router_id}]`,
    })
  }
  await updateVxnets(tx, [vxnet.vxnet_id], { router_id: router.router_id, ...net, features: params.features, join_time: isoAt(now) })
  const job_id = await enqueueJob({
    resource_ids: [router.router_id, vxnet.vxnet_id],
    directive: { router: router.router_id, vxnet: vxnet.vxnet_id },
  })
  return { job_id, router_id: router.router_id, vxnet_id: vxnet.vxnet_id }
}
