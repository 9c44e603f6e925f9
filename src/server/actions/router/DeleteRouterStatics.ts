import { isoAt } from '../../domain/clock.js'
import { deleteEntries, deleteStatics, entryIdsOfStatics, updateRouters } from '../../db/stores/routers.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { routerStatics } from '../../services/lookups/router.js'

export const DeleteRouterStatics: Handler<'DeleteRouterStatics'> = async (params, { tx, now, zone }) => {
  const rows = await routerStatics.all(tx.db, params.router_statics, zone)
  const ids = rows.map((row) => row.router_static_id)
  // Entries go with their static.
  const entries = await entryIdsOfStatics(tx.db, ids)
  await deleteEntries(tx, entries)
  await deleteStatics(tx, ids)
  await unregisterResources(tx, [...ids, ...entries], isoAt(now))
  await updateRouters(tx, [...new Set(rows.map((row) => row.router_id))], { is_applied: 0 })
  return { router_statics: ids }
}
