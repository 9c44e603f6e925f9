import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { routedNetwork } from '../../domain/vxnets.js'
import { updateRouters, type RouterRow } from '../../db/stores/routers.js'
import { bindSecurityGroup } from '../../db/stores/security-groups.js'
import { updateVxnets } from '../../db/stores/vxnets.js'
import { eips, requireEipStatus } from '../../services/lookups/eip.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import { dropEipsOfHolders, eipsOfHolders, updateEips } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { routedOf } from '../../services/networks.js'
import { vxnets } from '../../services/lookups/vxnet.js'
import { routers } from '../../services/lookups/router.js'

/**
 * Name, description, security group and EIP change at once: DescribeRouters shows the new EIP
 * right away, as QingCloud's Terraform provider expects (docs/compat.md#router-eip-at-once). A
 * VxNet's DHCP settings are staged: is_applied becomes 0 until UpdateRouters.
 */
export const ModifyRouterAttributes: Handler<'ModifyRouterAttributes'> = async (params, { tx, zone, now }) => {
  const router = await routers.one(tx.db, params.router, zone)
  const changes: Partial<RouterRow> = {}
  if (params.router_name !== undefined) changes.router_name = params.router_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  if (params.eip !== undefined) {
    const wanted = params.eip
    const current = (await eipsOfHolders(tx.db, [router.router_id])).find((e) => e.status === 'associated')
    if (wanted !== (current?.eip_id ?? '')) {
      const eip = wanted === '' ? undefined : await eips.one(tx.db, wanted, zone)
      if (eip) requireEipStatus([eip], ['available'], 'associated')
      const at = isoAt(now)
      await dropEipsOfHolders(tx, [router.router_id], at)
      if (eip)
        await updateEips(tx, [eip.eip_id], {
          status: 'associated',
          resource_id: router.router_id,
          resource_type: 'router',
          status_time: at,
        })
    }
    changes.pending_eip_id = null
  }
  if (params.security_group !== undefined) {
    const group = await securityGroups.one(tx.db, params.security_group, zone)
    await bindSecurityGroup(tx, [{ resource_id: router.router_id, resource_type: 'router' }], group.security_group_id, isoAt(now))
  }
  if (params.vxnet !== undefined) {
    const vxnet = await vxnets.one(tx.db, params.vxnet, zone)
    const routed = routedOf(vxnet)
    if (!routed || vxnet.router_id !== router.router_id) {
      throw new ApiError('PermissionDenied', { reason: `vxnet [${vxnet.vxnet_id}] is not joined to router [${router.router_id}]` })
    }
    const net = routedNetwork({
      ...routed,
      dyn_ip_start: params.dyn_ip_start ?? routed.dyn_ip_start,
      dyn_ip_end: params.dyn_ip_end ?? routed.dyn_ip_end,
    })
    await updateVxnets(tx, [vxnet.vxnet_id], { ...net, ...(params.features !== undefined ? { features: params.features } : {}) })
    changes.is_applied = 0
  }
  if (Object.keys(changes).length > 0) await updateRouters(tx, [router.router_id], changes)
  return {}
}
