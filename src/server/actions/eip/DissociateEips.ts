import { isoAt } from '../../domain/clock.js'
import { updateEips } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { eips, refuseLoadbalancerEips, requireEipStatus } from '../../services/lookups/eip.js'

/**
 * One job for every EIP; a router's EIP may be dissociated here too (docs/compat.md#dissociate-release-eips), a load
 * balancer's not (docs/compat.md#loadbalancer-eips).
 */
export const DissociateEips: Handler<'DissociateEips'> = async (params, { tx, zone, now, enqueueJob }) => {
  const rows = await eips.all(tx.db, params.eips, zone)
  refuseLoadbalancerEips(rows, 'dissociated here: use DissociateEipsFromLoadBalancer')
  requireEipStatus(rows, ['associated'], 'dissociated')
  const ids = rows.map((row) => row.eip_id)
  await updateEips(tx, ids, { transition_status: 'dissociating', status_time: isoAt(now) })
  const holders = rows.map((row) => row.resource_id!).filter(Boolean)
  const job_id = await enqueueJob({ resource_ids: [...ids, ...holders], directive: { eips: ids } })
  return { job_id }
}
