import { isoAt } from '../../domain/clock.js'
import { updateEips } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { eips, requireEipStatus } from '../../services/lookups/eip.js'

/** Only available or suspended EIPs: an associated one must be dissociated first (docs/compat.md#dissociate-release-eips). */
export const ReleaseEips: Handler<'ReleaseEips'> = async (params, { tx, zone, now, enqueueJob }) => {
  const rows = await eips.all(tx.db, params.eips, zone)
  requireEipStatus(rows, ['available', 'suspended'], 'released')
  const ids = rows.map((row) => row.eip_id)
  await updateEips(tx, ids, { transition_status: 'releasing', status_time: isoAt(now) })
  const job_id = await enqueueJob({ resource_ids: ids, directive: { eips: ids } })
  return { job_id }
}
