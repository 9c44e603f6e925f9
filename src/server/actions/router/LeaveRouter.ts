import { ApiError } from '../../../protocol/errors.js'
import { updateVxnets, nicCounts } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { vxnets } from '../../services/lookups/vxnet.js'
import { routers } from '../../services/lookups/router.js'

/** Each VxNet must be joined to this router and have no instances (docs/compat.md#deleting-networks). */
export const LeaveRouter: Handler<'LeaveRouter'> = async (params, { tx, zone, enqueueJob }) => {
  const router = await routers.one(tx.db, params.router, zone)
  const rows = await vxnets.all(tx.db, params.vxnets, zone)
  const counts = await nicCounts(
    tx.db,
    zone,
    rows.map((row) => row.vxnet_id),
  )
  for (const row of rows) {
    if (row.router_id !== router.router_id) {
      throw new ApiError('PermissionDenied', { reason: `vxnet [${row.vxnet_id}] is not joined to router [${router.router_id}]` })
    }
    if ((counts.get(row.vxnet_id) ?? 0) > 0) {
      throw new ApiError('PermissionDenied', {
        reason: `vxnet [${row.vxnet_id}] still has instances, it can not leave router [${router.router_id}]`,
      })
    }
  }
  const ids = rows.map((row) => row.vxnet_id)
  await updateVxnets(tx, ids, {
    router_id: null,
    ip_network: null,
    manager_ip: null,
    dyn_ip_start: null,
    dyn_ip_end: null,
    features: null,
    join_time: null,
  })
  const job_id = await enqueueJob({ resource_ids: [router.router_id, ...ids], directive: { router: router.router_id, vxnets: ids } })
  return { job_id, router_id: router.router_id, vxnets: ids }
}
