import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVxnets, type VxnetRow } from '../../db/stores/vxnets.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateVxnets: Handler<'CreateVxnets'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  if (params.target_user !== undefined && params.target_user !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not create VxNets for [${params.target_user}]` })
  }
  await requireQuota(ctx, { vxnet: params.count })
  const at = isoAt(now)
  const rows: VxnetRow[] = Array.from({ length: params.count }, () => ({
    // VxNet ids have 7 characters after the prefix (docs/compat.md#id-shapes).
    vxnet_id: newId('vxnet-', 7),
    vxnet_name: params.vxnet_name?.trim() ?? '',
    vxnet_type: params.vxnet_type,
    description: null,
    router_id: null,
    ip_network: null,
    manager_ip: null,
    dyn_ip_start: null,
    dyn_ip_end: null,
    features: null,
    join_time: null,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  }))
  await insertVxnets(tx, rows)
  const vxnets = rows.map((row) => row.vxnet_id)
  await registerNew(ctx, 'vxnet', vxnets, { owner: caller.user_id, zone_id: zone, create_time: at })
  return { vxnets }
}
