import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { updateEips } from '../../db/stores/eips.js'
import { eips as eipLookup, requireEipStatus } from '../../services/lookups/eip.js'
import { loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { requireEditable } from './moves.js'

export const DissociateEipsFromLoadBalancer: Handler<'DissociateEipsFromLoadBalancer'> = async (params, { tx, zone, now, enqueueJob }) => {
  const lb = await loadbalancers.one(tx.db, params.loadbalancer, zone)
  requireEditable(lb)
  const rows = await eipLookup.all(tx.db, params.eips, zone)
  for (const row of rows) {
    if (row.resource_id !== lb.loadbalancer_id) {
      throw new ApiError('PermissionDenied', { reason: `eip [${row.eip_id}] is not associated with loadbalancer [${lb.loadbalancer_id}]` })
    }
  }
  requireEipStatus(rows, ['associated'], 'dissociated')
  const ids = rows.map((row) => row.eip_id)
  await updateEips(tx, ids, { transition_status: 'dissociating', status_time: isoAt(now) })
  const job_id = await enqueueJob({
    resource_ids: [lb.loadbalancer_id, ...ids],
    directive: { loadbalancer: lb.loadbalancer_id, eips: ids },
  })
  return { job_id }
}
