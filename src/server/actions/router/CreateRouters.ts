import { ApiError } from '../../../protocol/errors.js'
import { basePool, baseVxnet, newMac } from '../../domain/addresses.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertNics } from '../../db/stores/nics.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertRouters, type RouterRow } from '../../db/stores/routers.js'
import { bindSecurityGroup } from '../../db/stores/security-groups.js'
import { allocateAddresses } from '../../services/addresses.js'
import { requireQuota } from '../../services/quotas.js'
import { ensureDefaultGroup } from '../../services/default-security-group.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import type { Handler } from '../types.js'

/**
 * Each router gets an address in vxnet-0, held as a NIC row like an instance's so the base pool
 * never hands it out twice, and is bound to a security group (docs/compat.md#router-addressing).
 */
export const CreateRouters: Handler<'CreateRouters'> = async (params, ctx) => {
  const { tx, caller, zone, now, enqueueJob } = ctx
  if (params.target_user !== undefined && params.target_user !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not create routers for [${params.target_user}]` })
  }
  const group = params.security_group
    ? await securityGroups.one(tx.db, params.security_group, zone)
    : await ensureDefaultGroup(tx, caller.user_id, zone, now)
  await requireQuota(ctx, { router: params.count })
  const addresses = await allocateAddresses(tx, { zone_id: zone, vxnet_id: baseVxnet.vxnet_id, range: basePool, count: params.count })
  const at = isoAt(now)
  const rows: RouterRow[] = addresses.map((private_ip) => ({
    router_id: newId('rtr-'),
    router_name: params.router_name?.trim() ?? '',
    description: null,
    router_type: params.router_type,
    vpc_network: params.vpc_network,
    private_ip,
    is_applied: 1,
    status: 'pending',
    transition_status: 'creating',
    sub_code: 0,
    pending_eip_id: null,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
    status_time: at,
  }))
  await insertRouters(tx, rows)
  const routers = rows.map((row) => row.router_id)
  await registerNew(ctx, 'router', routers, { owner: caller.user_id, zone_id: zone, create_time: at })
  await insertNics(
    tx,
    rows.map((row) => ({
      nic_id: newMac(),
      instance_id: row.router_id,
      vxnet_id: baseVxnet.vxnet_id,
      private_ip: row.private_ip,
      role: 1,
      owner: caller.user_id,
      zone_id: zone,
      create_time: at,
    })),
  )
  const bound = routers.map((resource_id) => ({ resource_id, resource_type: 'router' as const }))
  await bindSecurityGroup(tx, bound, group.security_group_id, at)
  const job_id = await enqueueJob({ resource_ids: routers, directive: { routers } })
  return { job_id, routers }
}
