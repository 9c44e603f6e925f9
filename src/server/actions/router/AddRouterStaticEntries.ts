import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertEntries, updateRouters, type RouterStaticEntryRow } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'
import { routerStatics } from '../../services/lookups/router.js'

export const AddRouterStaticEntries: Handler<'AddRouterStaticEntries'> = async (params, { tx, zone, now, createIn }) => {
  const parent = await routerStatics.one(tx.db, params.router_static, zone)
  if (params.entries.length === 0) throw new ApiError('MissingParameter', { param: 'entries' })
  const at = isoAt(now)
  const rows: RouterStaticEntryRow[] = params.entries.map((e, i) => {
    const val1 = e.val1?.trim() ?? ''
    const val2 = e.val2?.trim() ?? ''
    // Either value may be empty (IPsec tunnels), not both.
    if (val1 === '' && val2 === '') throw new ApiError('MissingParameter', { param: `entries.${i + 1}.val1` })
    return {
      router_static_entry_id: newId('rse-'),
      router_static_id: parent.router_static_id,
      router_id: parent.router_id,
      router_static_entry_name: e.router_static_entry_name?.trim() ?? '',
      val1,
      val2,
      owner: parent.owner,
      zone_id: zone,
      create_time: at,
    }
  })
  await insertEntries(tx, rows)
  const ids = rows.map((r) => r.router_static_entry_id)
  await registerNew({ tx, createIn }, 'router_static_entry', ids, { owner: parent.owner, zone_id: zone, create_time: at })
  await updateRouters(tx, [parent.router_id], { is_applied: 0 })
  return { router_static_entries: ids }
}
