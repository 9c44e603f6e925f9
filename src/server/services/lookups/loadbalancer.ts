import { ApiError } from '../../../protocol/errors.js'
import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findBackends, findListeners, findLoadbalancers, type LoadbalancerRow } from '../../db/stores/loadbalancers.js'

async function findLiveLoadbalancers(q: Queryable, ids: readonly string[]): Promise<LoadbalancerRow[]> {
  return (await findLoadbalancers(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `loadbalancers.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown (or ceased) id. */
export const loadbalancers = lookupOf(findLiveLoadbalancers, (row) => row.loadbalancer_id, 'load balancer')
export const loadbalancerListeners = lookupOf(findListeners, (row) => row.loadbalancer_listener_id, 'load balancer listener')
export const loadbalancerBackends = lookupOf(findBackends, (row) => row.loadbalancer_backend_id, 'load balancer backend')

/** 1400 for the first load balancer not settled in one of `statuses` (docs/compat.md#batch-all-or-nothing). */
export function requireLoadbalancerStatus(
  rows: readonly LoadbalancerRow[],
  statuses: readonly LoadbalancerRow['status'][],
  verb: string,
): void {
  for (const row of rows) {
    if (row.transition_status !== '') {
      throw new ApiError('PermissionDenied', {
        reason: `loadbalancer [${row.loadbalancer_id}] is ${row.transition_status}, please try again later`,
      })
    }
    if (!statuses.includes(row.status)) {
      throw new ApiError('PermissionDenied', { reason: `loadbalancer [${row.loadbalancer_id}] is ${row.status}, it can not be ${verb}` })
    }
  }
}
