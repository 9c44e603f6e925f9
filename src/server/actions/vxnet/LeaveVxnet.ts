import { ApiError } from '../../../protocol/errors.js'
import { eipsOfHolders } from '../../db/stores/eips.js'
import { nicsOf } from '../../db/stores/nics.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { resolveNetwork } from '../../services/networks.js'

/** The NICs go when the job ends. An instance with an EIP keeps at least one NIC (docs/compat.md#associate-eip). */
export const LeaveVxnet: Handler<'LeaveVxnet'> = async (params, { tx, zone, enqueueJob }) => {
  const network = await resolveNetwork(tx, params.vxnet, zone)
  const rows = await instances.all(tx.db, params.instances, zone)
  const ids = rows.map((row) => row.instance_id)
  const nics = await nicsOf(tx.db, ids)
  const withEip = new Set((await eipsOfHolders(tx.db, ids)).map((e) => e.resource_id))
  for (const row of rows) {
    const own = nics.filter((n) => n.instance_id === row.instance_id)
    if (!own.some((n) => n.vxnet_id === network.vxnet_id)) {
      throw new ApiError('PermissionDenied', { reason: `instance [${row.instance_id}] is not in vxnet [${network.vxnet_id}]` })
    }
    if (own.length === 1 && withEip.has(row.instance_id)) {
      throw new ApiError('PermissionDenied', {
        reason: `instance [${row.instance_id}] holds an EIP and this is its last network, dissociate the EIP first`,
      })
    }
  }
  const job_id = await enqueueJob({ resource_ids: [network.vxnet_id, ...ids], directive: { vxnet: network.vxnet_id, instances: ids } })
  return { job_id }
}
