import { isoAt } from '../../domain/clock.js'
import { updateLoadbalancers } from '../../db/stores/loadbalancers.js'
import { loadbalancers, requireLoadbalancerStatus } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'

/** Only stopped load balancers change tier, as QingCloud's page says (docs/compat.md#loadbalancer-states). */
export const ResizeLoadBalancers: Handler<'ResizeLoadBalancers'> = async (params, { tx, zone, now, enqueueJob }) => {
  const rows = await loadbalancers.all(tx.db, params.loadbalancers, zone)
  requireLoadbalancerStatus(rows, ['stopped'], 'resized')
  const ids = rows.map((row) => row.loadbalancer_id)
  await updateLoadbalancers(tx, ids, { transition_status: 'resizing', status_time: isoAt(now) })
  const job_id = await enqueueJob({ resource_ids: ids, directive: { loadbalancers: ids, loadbalancer_type: params.loadbalancer_type } })
  return { job_id }
}
