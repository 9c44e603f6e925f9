import { ApiError } from '../../../protocol/errors.js'
import { baseVxnet } from '../../domain/addresses.js'
import { isoAt } from '../../domain/clock.js'
import { eipsOfHolders, updateEips } from '../../db/stores/eips.js'
import { eips as eipLookup, requireEipStatus } from '../../services/lookups/eip.js'
import { loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { requireEditable } from './moves.js'

/** At most 4 EIPs, on a public load balancer only (docs/compat.md#loadbalancer-network). */
export const MAX_EIPS = 4

export const AssociateEipsToLoadBalancer: Handler<'AssociateEipsToLoadBalancer'> = async (params, { tx, zone, now, enqueueJob }) => {
  const lb = await loadbalancers.one(tx.db, params.loadbalancer, zone)
  requireEditable(lb)
  if (lb.vxnet_id !== baseVxnet.vxnet_id) {
    throw new ApiError('PermissionDenied', {
      reason: `loadbalancer [${lb.loadbalancer_id}] is private (in ${lb.vxnet_id}), it takes no EIPs`,
    })
  }
  const rows = await eipLookup.all(tx.db, params.eips, zone)
  requireEipStatus(rows, ['available'], 'associated')
  const held = await eipsOfHolders(tx.db, [lb.loadbalancer_id])
  if (held.length + rows.length > MAX_EIPS) {
    throw new ApiError('PermissionDenied', {
      reason: `loadbalancer [${lb.loadbalancer_id}] holds ${held.length} EIPs, ${rows.length} more would pass the ${MAX_EIPS} it may hold`,
    })
  }
  const ids = rows.map((row) => row.eip_id)
  await updateEips(tx, ids, {
    transition_status: 'associating',
    resource_id: lb.loadbalancer_id,
    resource_type: 'loadbalancer',
    status_time: isoAt(now),
  })
  const job_id = await enqueueJob({
    resource_ids: [lb.loadbalancer_id, ...ids],
    directive: { loadbalancer: lb.loadbalancer_id, eips: ids },
  })
  return { job_id }
}
