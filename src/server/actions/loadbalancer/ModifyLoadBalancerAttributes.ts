import { ApiError } from '../../../protocol/errors.js'
import { newMac } from '../../domain/addresses.js'
import { isoAt } from '../../domain/clock.js'
import { updateLoadbalancers, type LoadbalancerRow } from '../../db/stores/loadbalancers.js'
import { insertNics, releaseNics } from '../../db/stores/nics.js'
import { bindSecurityGroup } from '../../db/stores/security-groups.js'
import { loadbalancers } from '../../services/lookups/loadbalancer.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import { addressesFor, resolveNetwork } from '../../services/networks.js'
import type { Handler } from '../types.js'
import { requireEditable } from './moves.js'

/**
 * Name and description change at once; the security group, node count, address and header size
 * are staged (is_applied 0) until UpdateLoadBalancers, as QingCloud's Terraform provider expects.
 */
export const ModifyLoadBalancerAttributes: Handler<'ModifyLoadBalancerAttributes'> = async (params, { tx, zone, now }) => {
  const lb = await loadbalancers.one(tx.db, params.loadbalancer, zone)
  const changes: Partial<LoadbalancerRow> = {}
  if (params.loadbalancer_name !== undefined) changes.loadbalancer_name = params.loadbalancer_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  const staged =
    params.security_group !== undefined ||
    params.node_count !== undefined ||
    params.private_ip !== undefined ||
    params.http_header_size !== undefined
  if (staged) {
    requireEditable(lb)
    changes.is_applied = 0
  }
  const at = isoAt(now)
  if (params.security_group !== undefined) {
    const group = await securityGroups.one(tx.db, params.security_group, zone)
    await bindSecurityGroup(tx, [{ resource_id: lb.loadbalancer_id, resource_type: 'loadbalancer' }], group.security_group_id, at)
  }
  if (params.node_count !== undefined) changes.node_count = params.node_count
  if (params.http_header_size !== undefined) changes.http_header_size = params.http_header_size
  if (params.private_ip !== undefined && params.private_ip !== lb.private_ip) {
    const network = await resolveNetwork(tx, lb.vxnet_id, zone)
    if (!network.row) {
      throw new ApiError('InvalidParameter', { param: 'private_ip', reason: 'is for a load balancer in a managed VxNet, not vxnet-0' })
    }
    const [private_ip] = await addressesFor(tx, network, zone, 1, params.private_ip)
    await releaseNics(tx, [lb.loadbalancer_id])
    await insertNics(tx, [
      {
        nic_id: newMac(),
        instance_id: lb.loadbalancer_id,
        vxnet_id: lb.vxnet_id,
        private_ip: private_ip!,
        role: 1,
        owner: lb.owner,
        zone_id: zone,
        create_time: at,
      },
    ])
    changes.private_ip = private_ip!
  }
  if (Object.keys(changes).length > 0) await updateLoadbalancers(tx, [lb.loadbalancer_id], changes)
  return {}
}
