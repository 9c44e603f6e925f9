import { updateEntry, updateRouters, type RouterStaticEntryRow } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'
import { routerStaticEntries } from '../../services/lookups/router.js'

export const ModifyRouterStaticEntryAttributes: Handler<'ModifyRouterStaticEntryAttributes'> = async (params, { tx, zone }) => {
  const row = await routerStaticEntries.one(tx.db, params.router_static_entry, zone)
  const changes: Partial<RouterStaticEntryRow> = {}
  if (params.router_static_entry_name !== undefined) changes.router_static_entry_name = params.router_static_entry_name.trim()
  if (params.val1 !== undefined) changes.val1 = params.val1.trim()
  if (params.val2 !== undefined) changes.val2 = params.val2.trim()
  if (Object.keys(changes).length > 0) {
    await updateEntry(tx, row.router_static_entry_id, changes)
    await updateRouters(tx, [row.router_id], { is_applied: 0 })
  }
  return { router_static_entry_id: row.router_static_entry_id }
}
