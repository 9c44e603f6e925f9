import { ApiError } from '../../../protocol/errors.js'
import { basePool, baseVxnet, newMac } from '../../domain/addresses.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { updateEips } from '../../db/stores/eips.js'
import { insertLoadbalancers, type LoadbalancerRow } from '../../db/stores/loadbalancers.js'
import { insertNics } from '../../db/stores/nics.js'
import { registerNew } from '../../db/stores/resources.js'
import { bindSecurityGroup } from '../../db/stores/security-groups.js'
import { allocateAddresses } from '../../services/addresses.js'
import { ensureDefaultGroup } from '../../services/default-security-group.js'
import { eips as eipLookup, requireEipStatus } from '../../services/lookups/eip.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import { addressesFor, resolveNetwork } from '../../services/networks.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

/**
 * A public load balancer sits in vxnet-0 with up to 4 EIPs; a private one in a managed VxNet
 * joined to a router, with an address from it (docs/compat.md#loadbalancer-network). Its address is
 * held as a NIC row, like a router's, so no instance is given it too.
 */
export const CreateLoadBalancer: Handler<'CreateLoadBalancer'> = async (params, ctx) => {
  const { tx, caller, zone, now, enqueueJob } = ctx
  if (params.target_user !== undefined && params.target_user !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not create load balancers for [${params.target_user}]` })
  }
  const eipIds = [...new Set(params.eips ?? [])]
  if (params.vxnet === undefined && eipIds.length === 0) throw new ApiError('MissingParameter', { param: 'eips' })
  const network = await resolveNetwork(tx, params.vxnet ?? baseVxnet.vxnet_id, zone)
  const isPublic = network.row === undefined
  if (!isPublic && eipIds.length > 0) {
    throw new ApiError('InvalidParameter', {
      param: 'eips',
      reason: `are for public load balancers (vxnet-0), not one in [${network.vxnet_id}]`,
    })
  }
  if (isPublic && params.private_ip !== undefined) {
    throw new ApiError('InvalidParameter', { param: 'private_ip', reason: 'is for a load balancer in a managed VxNet, not vxnet-0' })
  }
  if (!isPublic && network.vxnet_type !== 1) {
    throw new ApiError('InvalidParameter', { param: 'vxnet', reason: `must be a managed VxNet (got unmanaged [${network.vxnet_id}])` })
  }
  const group = params.security_group
    ? await securityGroups.one(tx.db, params.security_group, zone)
    : await ensureDefaultGroup(tx, caller.user_id, zone, now)
  const eips = await eipLookup.all(tx.db, eipIds, zone)
  requireEipStatus(eips, ['available'], 'associated')
  await requireQuota(ctx, { loadbalancer: 1 })
  const [private_ip] = isPublic
    ? await allocateAddresses(tx, { zone_id: zone, vxnet_id: baseVxnet.vxnet_id, range: basePool, count: 1 })
    : await addressesFor(tx, network, zone, 1, params.private_ip)
  if (!private_ip) {
    throw new ApiError('PermissionDenied', { reason: `vxnet [${network.vxnet_id}] is not joined to a router, it assigns no addresses` })
  }
  const at = isoAt(now)
  const row: LoadbalancerRow = {
    loadbalancer_id: newId('lb-'),
    loadbalancer_name: params.loadbalancer_name?.trim() ?? '',
    description: null,
    loadbalancer_type: params.loadbalancer_type,
    node_count: params.node_count ?? 2,
    mode: params.mode,
    http_header_size: params.http_header_size,
    vxnet_id: network.vxnet_id,
    private_ip,
    is_applied: 1,
    status: 'pending',
    transition_status: 'creating',
    sub_code: 0,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
    status_time: at,
  }
  const id = row.loadbalancer_id
  await insertLoadbalancers(tx, [row])
  await registerNew(ctx, 'loadbalancer', [id], { owner: caller.user_id, zone_id: zone, create_time: at })
  await insertNics(tx, [
    {
      nic_id: newMac(),
      instance_id: id,
      vxnet_id: network.vxnet_id,
      private_ip,
      role: 1,
      owner: caller.user_id,
      zone_id: zone,
      create_time: at,
    },
  ])
  await bindSecurityGroup(tx, [{ resource_id: id, resource_type: 'loadbalancer' }], group.security_group_id, at)
  await updateEips(tx, eipIds, { transition_status: 'associating', resource_id: id, resource_type: 'loadbalancer', status_time: at })
  const job_id = await enqueueJob({ resource_ids: [id, ...eipIds], directive: { loadbalancers: [id], eips: eipIds } })
  return { job_id, loadbalancer_id: id }
}
