import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertStatics, updateRouters, type RouterStaticRow } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'
import { vxnets } from '../../services/lookups/vxnet.js'
import { checkStatic } from './statics.js'
import { routers } from '../../services/lookups/router.js'

export const AddRouterStatics: Handler<'AddRouterStatics'> = async (params, { tx, zone, now, createIn }) => {
  const router = await routers.one(tx.db, params.router, zone)
  if (params.vxnet !== undefined) {
    const vxnet = await vxnets.one(tx.db, params.vxnet, zone)
    if (vxnet.router_id !== router.router_id) {
      throw new ApiError('PermissionDenied', { reason: `vxnet [${vxnet.vxnet_id}] is not joined to router [${router.router_id}]` })
    }
  }
  if (params.statics.length === 0) throw new ApiError('MissingParameter', { param: 'statics' })
  const at = isoAt(now)
  const rows: RouterStaticRow[] = params.statics.map((s, i) => {
    const row: RouterStaticRow = {
      router_static_id: newId('rtrs-'),
      router_id: router.router_id,
      vxnet_id: params.vxnet ?? '',
      static_type: s.static_type,
      router_static_name: s.router_static_name?.trim() ?? '',
      val1: s.val1?.trim() ?? '',
      val2: s.val2?.trim() ?? '',
      val3: s.val3?.trim() ?? '',
      val4: s.val4?.trim() ?? '',
      val5: s.val5?.trim() ?? '',
      val6: s.val6?.trim() ?? '',
      disabled: 0,
      owner: router.owner,
      zone_id: zone,
      create_time: at,
    }
    checkStatic(row, `statics.${i + 1}`)
    return row
  })
  await insertStatics(tx, rows)
  const ids = rows.map((row) => row.router_static_id)
  await registerNew({ tx, createIn }, 'router_static', ids, { owner: router.owner, zone_id: zone, create_time: at })
  await updateRouters(tx, [router.router_id], { is_applied: 0 })
  return { router_statics: ids }
}
