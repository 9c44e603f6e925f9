import { ApiError } from '../../protocol/errors.js'
import { baseVxnet, newMac } from '../domain/addresses.js'
import type { Tx } from '../db/database.js'
import { insertNics, type NicRow } from '../db/stores/nics.js'
import { addressesFor, resolveNetwork } from './networks.js'

/** One network a new instance joins, with the fixed address asked for, if any (`vxnet-id|ip`). */
export interface NicRequest {
  vxnet_id: string
  private_ip?: string
}

/**
 * `vxnets.n` of RunInstances (docs/api/instance.md#runinstances). Without any, an instance joins the basic network:
 * QingCloud's clients wait for the first NIC's address (docs/compat.md#basic-network-default). Networks other than vxnet-0
 * are the caller's VxNets, or a project's the caller may use (the authorize stage checks them).
 */
export function parseNicRequests(values: readonly string[] | undefined, param = 'vxnets'): NicRequest[] {
  if (!values?.length) return [{ vxnet_id: baseVxnet.vxnet_id }]
  return checkNicRequests(
    values.map((value, i) => parseNicRequest(value, `${param}.${i + 1}`)),
    param,
  )
}

/** `vxnet-id` or `vxnet-id|ip-address`. */
export function parseNicRequest(value: string, param: string): NicRequest {
  const [vxnet_id = '', private_ip, ...rest] = value.split('|').map((s) => s.trim())
  if (vxnet_id === '' || rest.length > 0)
    throw new ApiError('InvalidParameter', { param, reason: 'must be vxnet-id or vxnet-id|ip-address' })
  if (vxnet_id === baseVxnet.vxnet_id && private_ip) {
    throw new ApiError('InvalidParameter', { param, reason: 'can not fix an address in vxnet-0: the platform assigns it' })
  }
  return private_ip ? { vxnet_id, private_ip } : { vxnet_id }
}

/** The networks of one instance: each once (which exist, createNics checks). */
export function checkNicRequests(requests: NicRequest[], param: string): NicRequest[] {
  if (new Set(requests.map((r) => r.vxnet_id)).size !== requests.length) {
    throw new ApiError('InvalidParameter', { param, reason: 'names a network twice' })
  }
  return requests
}

/**
 * One NIC per requested network for each new instance, addresses allocated as the network
 * assigns them (vxnet/addressing.ts); the first NIC of an instance has role 1 (docs/compat.md#nic-role). An
 * instance is in at most one managed network, vxnet-0 included (docs/compat.md#join-leave-vxnet).
 */
export async function createNics(
  tx: Tx,
  input: {
    instanceIds: readonly string[]
    requests: readonly NicRequest[]
    owner: string
    zone_id: string
    at: string
  },
): Promise<NicRow[]> {
  // The authorize stage checked every VxNet named (RunInstances' and CloneInstances' `vxnets`).
  const networks = []
  for (const request of input.requests) networks.push(await resolveNetwork(tx, request.vxnet_id, input.zone_id))
  const managed = networks.filter((n) => n.vxnet_type === 1)
  if (managed.length > 1) {
    throw new ApiError('PermissionDenied', {
      reason: `an instance can be in one managed network only, not [${managed.map((n) => n.vxnet_id).join(', ')}]`,
    })
  }
  const rows: NicRow[] = []
  for (const [index, request] of input.requests.entries()) {
    const addresses = await addressesFor(tx, networks[index]!, input.zone_id, input.instanceIds.length, request.private_ip)
    input.instanceIds.forEach((instance_id, i) =>
      rows.push({
        nic_id: newMac(),
        instance_id,
        vxnet_id: request.vxnet_id,
        private_ip: addresses[i] ?? null,
        role: index === 0 ? 1 : 0,
        owner: input.owner,
        zone_id: input.zone_id,
        create_time: input.at,
      }),
    )
  }
  await insertNics(tx, rows)
  return rows
}
