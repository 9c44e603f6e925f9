import { ApiError } from '../../../protocol/errors.js'
import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findEntries, findRouters, findStatics, type RouterRow } from '../../db/stores/routers.js'

async function findLiveRouters(q: Queryable, ids: readonly string[]): Promise<RouterRow[]> {
  return (await findRouters(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `routers.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown (or ceased) id. */
export const routers = lookupOf(findLiveRouters, (row) => row.router_id, 'router')
export const routerStatics = lookupOf(findStatics, (row) => row.router_static_id, 'router static')
export const routerStaticEntries = lookupOf(findEntries, (row) => row.router_static_entry_id, 'router static entry')

/** 1400 for the first router not settled in one of `statuses` (docs/compat.md#batch-all-or-nothing). */
export function requireRouterStatus(rows: readonly RouterRow[], statuses: readonly RouterRow['status'][], verb: string): void {
  for (const row of rows) {
    if (row.transition_status !== '') {
      throw new ApiError('PermissionDenied', { reason: `router [${row.router_id}] is ${row.transition_status}, please try again later` })
    }
    if (!statuses.includes(row.status)) {
      throw new ApiError('PermissionDenied', { reason: `router [${row.router_id}] is ${row.status}, it can not be ${verb}` })
    }
  }
}
