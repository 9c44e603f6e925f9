import { updateRouters, updateStatic, type RouterStaticRow } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'
import { routerStatics } from '../../services/lookups/router.js'
import { checkStatic } from './statics.js'

const fields = ['val1', 'val2', 'val3', 'val4', 'val5', 'val6'] as const

export const ModifyRouterStaticAttributes: Handler<'ModifyRouterStaticAttributes'> = async (params, { tx, zone }) => {
  const row = await routerStatics.one(tx.db, params.router_static, zone)
  const changes: Partial<RouterStaticRow> = {}
  if (params.router_static_name !== undefined) changes.router_static_name = params.router_static_name.trim()
  for (const field of fields) if (params[field] !== undefined) changes[field] = params[field]!.trim()
  if (params.disabled !== undefined) changes.disabled = params.disabled
  const next = { ...row, ...changes }
  checkStatic(next, '')
  if (Object.keys(changes).length > 0) {
    await updateStatic(tx, row.router_static_id, { ...changes, val4: next.val4 })
    await updateRouters(tx, [row.router_id], { is_applied: 0 })
  }
  return { router_static_id: row.router_static_id }
}
