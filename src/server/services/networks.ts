import { ApiError } from '../../protocol/errors.js'
import { basePool, baseVxnet } from '../domain/addresses.js'
import { checkFixedIp, dhcpRange, type RoutedNetwork } from '../domain/vxnets.js'
import type { Tx } from '../db/database.js'
import { takenAddresses } from '../db/stores/nics.js'
import { findVxnets, type VxnetRow } from '../db/stores/vxnets.js'
import { allocateAddresses } from './addresses.js'

/** A network an instance may join: the basic network or one of the owner's VxNets. */
export interface Network {
  vxnet_id: string
  vxnet_name: string
  vxnet_type: number
  row: VxnetRow | undefined
}

/**
 * The network `vxnet_id` names in the zone: 2100 when unknown. Every VxNet id reaches here from an
 * id parameter the authorize stage checked (a plain id, `vxnet-id|ip`, `instance-id|vxnet-id|ip`).
 */
export async function resolveNetwork(tx: Tx, vxnet_id: string, zone: string): Promise<Network> {
  if (vxnet_id === baseVxnet.vxnet_id) return { ...baseVxnet, row: undefined }
  const row = (await findVxnets(tx.db, [vxnet_id])).find((v) => v.zone_id === zone)
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'vxnet', id: vxnet_id })
  return { vxnet_id, vxnet_name: row.vxnet_name, vxnet_type: row.vxnet_type, row }
}

export function routedOf(row: VxnetRow | undefined): RoutedNetwork | undefined {
  return row?.router_id
    ? { ip_network: row.ip_network!, manager_ip: row.manager_ip!, dyn_ip_start: row.dyn_ip_start!, dyn_ip_end: row.dyn_ip_end! }
    : undefined
}

/**
 * Addresses for `count` new NICs in a network (docs/compat.md#vxnet0-addresses, docs/compat.md#join-leave-vxnet): the base pool for vxnet-0;
 * the DHCP range (or the fixed address asked for) in a VxNet joined to a router; none (`null`)
 * in a managed VxNet without router (docs/compat.md#vxnet-without-router); the fixed address, if any, in an unmanaged one.
 */
export async function addressesFor(tx: Tx, network: Network, zone: string, count: number, fixed?: string): Promise<Array<string | null>> {
  const { vxnet_id } = network
  if (fixed !== undefined && count > 1) {
    throw new ApiError('PermissionDenied', { reason: `a fixed address in vxnet [${vxnet_id}] can be given to one instance only` })
  }
  if (!network.row) return allocateAddresses(tx, { zone_id: zone, vxnet_id, range: basePool, count })
  const routed = routedOf(network.row)
  if (network.row.vxnet_type === 0) return Array.from({ length: count }, () => fixed ?? null)
  if (!routed) {
    if (fixed !== undefined)
      throw new ApiError('PermissionDenied', { reason: `vxnet [${vxnet_id}] is not joined to a router, it assigns no addresses` })
    return Array.from({ length: count }, () => null)
  }
  if (fixed === undefined) return allocateAddresses(tx, { zone_id: zone, vxnet_id, range: dhcpRange(routed), count })
  checkFixedIp(vxnet_id, routed, fixed)
  if ((await takenAddresses(tx.db, zone, vxnet_id, [fixed])).size > 0) {
    throw new ApiError('PermissionDenied', { reason: `address [${fixed}] is already in use in vxnet [${vxnet_id}]` })
  }
  return [fixed]
}
