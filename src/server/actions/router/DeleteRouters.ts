import { ApiError } from '../../../protocol/errors.js'
import { vxnetsOfRouters } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { beginRouterMove } from './moves.js'

/** A router with joined VxNets is refused (docs/compat.md#deleting-networks): LeaveRouter first. */
export const DeleteRouters: Handler<'DeleteRouters'> = (params, ctx) =>
  beginRouterMove(
    ctx,
    params.routers,
    { from: ['active', 'poweroffed', 'suspended'], transition: 'deleting', verb: 'deleted' },
    async (rows) => {
      const joined = await vxnetsOfRouters(
        ctx.tx.db,
        rows.map((row) => row.router_id),
      )
      if (joined.length > 0) {
        throw new ApiError('PermissionDenied', {
          reason: `router [${joined[0]!.router_id}] still has vxnet [${joined[0]!.vxnet_id}] joined, leave it first`,
        })
      }
    },
  )
