import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { deleteVxnets, nicCounts } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { refuseBaseVxnet, vxnets } from '../../services/lookups/vxnet.js'

/** All or nothing (docs/compat.md#batch-all-or-nothing): a VxNet with instances, or joined to a router (docs/compat.md#deleting-networks), is refused. */
export const DeleteVxnets: Handler<'DeleteVxnets'> = async (params, { tx, now, zone }) => {
  refuseBaseVxnet(params.vxnets, 'deleted')
  const rows = await vxnets.all(tx.db, params.vxnets, zone)
  const counts = await nicCounts(
    tx.db,
    zone,
    rows.map((row) => row.vxnet_id),
  )
  for (const row of rows) {
    if ((counts.get(row.vxnet_id) ?? 0) > 0) {
      throw new ApiError('PermissionDenied', { reason: `vxnet [${row.vxnet_id}] still has instances, can not be deleted` })
    }
    if (row.router_id) {
      throw new ApiError('PermissionDenied', { reason: `vxnet [${row.vxnet_id}] is joined to router [${row.router_id}], leave it first` })
    }
  }
  const ids = rows.map((row) => row.vxnet_id)
  await deleteVxnets(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { vxnets: ids }
}
