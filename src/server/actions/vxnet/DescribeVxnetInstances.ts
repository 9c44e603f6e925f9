import { wireTime } from '../../../protocol/time.js'
import type { Handler } from '../types.js'
import { ApiError } from '../../../protocol/errors.js'
import { baseVxnet } from '../../domain/addresses.js'
import { describeVxnets, nicsInVxnet } from '../../db/stores/vxnets.js'
import { removedByCaller } from '../../services/describe-ids.js'
import { resolveNetwork } from '../../services/networks.js'

export const DescribeVxnetInstances: Handler<'DescribeVxnetInstances'> = async (params, { tx, caller, scope, zone }) => {
  // A VxNet the caller deleted has no instances (docs/compat.md#describe-removed-ids).
  if (await removedByCaller(tx.db, params.vxnet, { scope, zone })) return { instance_set: [], total_count: 0 }
  const network = await resolveNetwork(tx, params.vxnet, zone)
  // A VxNet outside the scope (another user's, not in the listed project) is unknown.
  if (network.vxnet_id !== baseVxnet.vxnet_id) {
    const visible = await describeVxnets(
      tx.db,
      { scope, zone_id: zone, vxnet_ids: [network.vxnet_id] },
      { offset: 0, limit: 1, key: 'vxnet_id', direction: 'asc' },
    )
    if (visible.total === 0) throw new ApiError('ResourceNotFound', { resource: 'vxnet', id: network.vxnet_id })
  }
  const filter = {
    // The VxNet's owner sees every instance placed in it, a project member's included
    // (docs/compat.md#project-gaps); anyone else what the scope shows.
    scope: network.row?.owner === caller.user_id ? undefined : scope,
    zone_id: zone,
    vxnet_id: network.vxnet_id,
    instance_ids: params.instances,
    instance_types: params.instance_type,
    statuses: params.status,
    image_ids: params.image,
  }
  const { rows, total } = await nicsInVxnet(tx.db, filter, { offset: params.offset, limit: params.limit })
  return {
    instance_set: rows.map((row, i) => ({
      vxnet_id: row.vxnet_id,
      instance_id: row.instance_id,
      instance_name: row.instance_name,
      description: row.description,
      instance_type: row.instance_type,
      vcpus_current: row.vcpus_current,
      memory_current: row.memory_current,
      status: row.status,
      transition_status: row.transition_status,
      sub_code: row.sub_code,
      create_time: wireTime(row.create_time),
      status_time: wireTime(row.status_time),
      image_id: row.image_id,
      private_ip: row.private_ip ?? '',
      nic_id: row.nic_id,
      sequence: params.offset + i,
      // DHCP options come from router statics of type 3 (docs/compat.md#router-statics); none are kept yet.
      dhcp_options: {},
    })),
    total_count: total,
  }
}
