import { ApiError } from '../../../protocol/errors.js'
import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findEips, type EipRow } from '../../db/stores/eips.js'

async function findLiveEips(q: Queryable, ids: readonly string[]): Promise<EipRow[]> {
  return (await findEips(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `eips.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown (or ceased) id. */
export const eips = lookupOf(findLiveEips, (row) => row.eip_id, 'EIP')

/**
 * 1400 for the first EIP not settled in one of `statuses` (docs/compat.md#batch-all-or-nothing): all or nothing
 * (docs/compat.md#batch-all-or-nothing), e.g. `PermissionDenied, eip [eip-…] is associated, can not be released`.
 */
export function requireEipStatus(rows: readonly EipRow[], statuses: readonly EipRow['status'][], verb: string): void {
  for (const row of rows) {
    if (row.transition_status !== '') {
      throw new ApiError('PermissionDenied', { reason: `eip [${row.eip_id}] is ${row.transition_status}, please try again later` })
    }
    if (!statuses.includes(row.status)) {
      throw new ApiError('PermissionDenied', { reason: `eip [${row.eip_id}] is ${row.status}, can not be ${verb}` })
    }
  }
}

/**
 * 1400 for the first EIP a load balancer holds (or is taking): only the load balancer's own actions
 * move it (docs/compat.md#loadbalancer-eips), so `force` can not take it for an instance.
 */
export function refuseLoadbalancerEips(rows: readonly EipRow[], verb: string): void {
  for (const row of rows) {
    if (row.resource_type === 'loadbalancer' && row.resource_id) {
      throw new ApiError('PermissionDenied', {
        reason: `eip [${row.eip_id}] is held by loadbalancer [${row.resource_id}], it can not be ${verb}`,
      })
    }
  }
}
