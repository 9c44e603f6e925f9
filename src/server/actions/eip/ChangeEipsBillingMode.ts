import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { updateEips } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { eips, requireEipStatus } from '../../services/lookups/eip.js'

const DAY_MS = 24 * 3600 * 1000

/** At most one change per EIP per 24 hours (1400, docs/compat.md#eip-bandwidth-billing); the same mode again changes nothing. */
export const ChangeEipsBillingMode: Handler<'ChangeEipsBillingMode'> = async (params, { tx, zone, now, enqueueJob }) => {
  const rows = await eips.all(tx.db, params.eips, zone)
  requireEipStatus(rows, ['available', 'associated', 'suspended'], 'changed')
  const changing = rows.filter((row) => row.billing_mode !== params.billing_mode)
  for (const row of changing) {
    if (row.billing_mode_time !== null && now - Date.parse(row.billing_mode_time) < DAY_MS) {
      throw new ApiError('PermissionDenied', {
        reason: `the billing mode of eip [${row.eip_id}] changed at ${row.billing_mode_time.slice(0, 19)}Z, it can change once per 24 hours`,
      })
    }
  }
  const group = params.eip_group?.trim()
  await updateEips(
    tx,
    changing.map((row) => row.eip_id),
    { billing_mode: params.billing_mode, billing_mode_time: isoAt(now) },
  )
  if (group)
    await updateEips(
      tx,
      rows.map((row) => row.eip_id),
      { eip_group_id: group },
    )
  const ids = rows.map((row) => row.eip_id)
  const job_id = await enqueueJob({ resource_ids: ids, directive: { eips: ids } })
  return { job_id }
}
