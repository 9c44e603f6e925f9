import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { findRouters, insertStatics, staticsOfRouter, updateRouters } from '../../db/stores/routers.js'
import { ApiError } from '../../../protocol/errors.js'
import type { Handler } from '../types.js'

/**
 * The destination gets new copies of the source's statics; those tied to a VxNet of the source
 * keep no VxNet (the destination's networks differ). `dest_zone` only locates the router.
 */
export const CopyRouterStatics: Handler<'CopyRouterStatics'> = async (params, { tx, now, createIn }) => {
  const found = new Map((await findRouters(tx.db, [params.source_router, params.dest_router])).map((r) => [r.router_id, r]))
  for (const id of [params.source_router, params.dest_router]) {
    const row = found.get(id)
    if (!row || row.status === 'ceased' || row.status === 'deleted') throw new ApiError('ResourceNotFound', { resource: 'router', id })
  }
  const dest = found.get(params.dest_router)!
  if (params.dest_zone !== undefined && params.dest_zone.trim().toLowerCase() !== dest.zone_id) {
    throw new ApiError('InvalidParameter', {
      param: 'dest_zone',
      reason: `must be [${dest.zone_id}], the zone of router [${dest.router_id}]`,
    })
  }
  const at = isoAt(now)
  const copies = (await staticsOfRouter(tx.db, params.source_router)).map((s) => ({
    ...s,
    router_static_id: newId('rtrs-'),
    router_id: dest.router_id,
    vxnet_id: '',
    owner: dest.owner,
    zone_id: dest.zone_id,
    create_time: at,
  }))
  await insertStatics(tx, copies)
  await registerNew(
    { tx, createIn },
    'router_static',
    copies.map((c) => c.router_static_id),
    { owner: dest.owner, zone_id: dest.zone_id, create_time: at },
  )
  if (copies.length > 0) await updateRouters(tx, [dest.router_id], { is_applied: 0 })
  return {}
}
