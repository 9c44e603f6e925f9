import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { baseVxnet, newMac } from '../../domain/addresses.js'
import { insertNics, nicsOf } from '../../db/stores/nics.js'
import { findVxnets } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { parseNicRequest } from '../../services/nics.js'
import { addressesFor, resolveNetwork } from '../../services/networks.js'

const joinable = new Set(['running', 'stopped'])

/**
 * The NICs and their addresses are claimed by the request, so a concurrent join can not take
 * them; the job only marks the change done (no transition is defined for instances). Joining
 * vxnet-0 while in it confirms the NIC the instance already has there: nothing is added and the
 * job succeeds (docs/compat.md#basic-network-join).
 */
export const JoinVxnet: Handler<'JoinVxnet'> = async (params, { tx, zone, now, enqueueJob }) => {
  const request = parseNicRequest(params.vxnet, 'vxnet')
  // Authorized before the handler, `vxnet-id|ip` too (by its id).
  const network = await resolveNetwork(tx, request.vxnet_id, zone)
  const rows = await instances.all(tx.db, params.instances, zone)
  const held = await nicsOf(
    tx.db,
    rows.map((row) => row.instance_id),
  )
  const vxnetTypes = new Map((await findVxnets(tx.db, [...new Set(held.map((n) => n.vxnet_id))])).map((v) => [v.vxnet_id, v.vxnet_type]))
  for (const row of rows) {
    if (!joinable.has(row.status))
      throw new ApiError('PermissionDenied', { reason: `instance [${row.instance_id}] is ${row.status}, it can not join a vxnet` })
    const own = held.filter((n) => n.instance_id === row.instance_id)
    if (network.vxnet_id === baseVxnet.vxnet_id && own.some((n) => n.vxnet_id === baseVxnet.vxnet_id)) continue
    if (own.some((n) => n.vxnet_id === network.vxnet_id)) {
      throw new ApiError('PermissionDenied', { reason: `instance [${row.instance_id}] is already in vxnet [${network.vxnet_id}]` })
    }
    const managed = own.find((n) => (vxnetTypes.get(n.vxnet_id) ?? 1) === 1)
    if (network.vxnet_type === 1 && managed) {
      throw new ApiError('PermissionDenied', {
        reason: `instance [${row.instance_id}] is already in managed vxnet [${managed.vxnet_id}], it can be in one managed network only`,
      })
    }
  }
  const joining = rows.filter((row) => !held.some((n) => n.instance_id === row.instance_id && n.vxnet_id === network.vxnet_id))
  const addresses = await addressesFor(tx, network, zone, joining.length, request.private_ip)
  const at = isoAt(now)
  await insertNics(
    tx,
    joining.map((row, i) => ({
      nic_id: newMac(),
      instance_id: row.instance_id,
      vxnet_id: network.vxnet_id,
      private_ip: addresses[i] ?? null,
      role: held.some((n) => n.instance_id === row.instance_id) ? 0 : 1,
      owner: row.owner,
      zone_id: zone,
      create_time: at,
    })),
  )
  const ids = rows.map((row) => row.instance_id)
  const job_id = await enqueueJob({ resource_ids: [network.vxnet_id, ...ids], directive: { vxnet: network.vxnet_id, instances: ids } })
  return { job_id }
}
