import { isoAt } from '../../domain/clock.js'
import { updateEips } from '../../db/stores/eips.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { eips, requireEipStatus } from '../../services/lookups/eip.js'

/**
 * The new cap is in effect at once (docs/compat.md#eip-bandwidth-billing) and no transition is defined for it
 * (docs/compat.md#eip-bandwidth-billing): the job only records the change.
 */
export const ChangeEipsBandwidth: Handler<'ChangeEipsBandwidth'> = async (params, ctx) => {
  const { tx, zone, now, enqueueJob } = ctx
  const rows = await eips.all(tx.db, params.eips, zone)
  requireEipStatus(rows, ['available', 'associated'], 'changed')
  const growth = rows.reduce((sum, row) => sum + params.bandwidth - row.bandwidth, 0)
  await requireQuota(ctx, { eip_bandwidth: growth })
  const ids = rows.map((row) => row.eip_id)
  await updateEips(tx, ids, { bandwidth: params.bandwidth }, isoAt(now))
  const job_id = await enqueueJob({ resource_ids: ids, directive: { eips: ids } })
  return { job_id }
}
