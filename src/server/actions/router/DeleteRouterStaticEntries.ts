import { isoAt } from '../../domain/clock.js'
import { deleteEntries, updateRouters } from '../../db/stores/routers.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { routerStaticEntries } from '../../services/lookups/router.js'

export const DeleteRouterStaticEntries: Handler<'DeleteRouterStaticEntries'> = async (params, { tx, now, zone }) => {
  const rows = await routerStaticEntries.all(tx.db, params.router_static_entries, zone)
  const ids = rows.map((row) => row.router_static_entry_id)
  await deleteEntries(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  await updateRouters(tx, [...new Set(rows.map((row) => row.router_id))], { is_applied: 0 })
  return { router_static_entries: ids }
}
