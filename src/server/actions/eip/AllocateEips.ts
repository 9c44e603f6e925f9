import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertEips, type EipRow } from '../../db/stores/eips.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { allocateEipAddresses } from './addresses.js'
import { defaultEipGroup } from './records.js'

export const AllocateEips: Handler<'AllocateEips'> = async (params, ctx) => {
  const { tx, caller, zone, now, config } = ctx
  if (params.target_user !== undefined && params.target_user !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not allocate EIPs for [${params.target_user}]` })
  }
  await requireQuota(ctx, { eip: params.count, eip_bandwidth: params.count * params.bandwidth })
  const addresses = await allocateEipAddresses(tx, config.eipPool, params.count)
  const at = isoAt(now)
  const rows: EipRow[] = addresses.map((eip_addr) => ({
    eip_id: newId('eip-'),
    eip_name: params.eip_name?.trim() ?? '',
    description: null,
    eip_addr,
    held_addr: eip_addr,
    associate_mode: params.associate_mode,
    bandwidth: params.bandwidth,
    billing_mode: params.billing_mode,
    billing_mode_time: null,
    need_icp: params.need_icp,
    icp_codes: '',
    eip_group_id: params.eip_group?.trim() || defaultEipGroup.eip_group_id,
    status: 'available',
    transition_status: '',
    sub_code: 0,
    resource_id: null,
    resource_type: null,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
    status_time: at,
  }))
  await insertEips(tx, rows)
  const eips = rows.map((row) => row.eip_id)
  await registerNew(ctx, 'eip', eips, { owner: caller.user_id, zone_id: zone, create_time: at })
  return { eips }
}
