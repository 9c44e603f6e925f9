import type { Vxnet } from '../../../protocol/records/network.js'
import { wireTime } from '../../../protocol/time.js'
import { baseVxnet } from '../../domain/addresses.js'
import { groupBy } from '../../domain/collections.js'
import { dhcpRange } from '../../domain/vxnets.js'
import type { Queryable } from '../../db/database.js'
import { findRouters } from '../../db/stores/routers.js'
import { instanceIdsInVxnets, nicCounts, type VxnetRow } from '../../db/stores/vxnets.js'
import { tagRefs } from '../../services/tag-refs.js'
import { routedOf } from '../../services/networks.js'

/** vxnet-0 as DescribeVxnets shows it when asked for by id (docs/compat.md#vxnet-0). */
export function baseVxnetRecord(zone_id: string): Vxnet {
  return {
    ...baseVxnet,
    description: null,
    create_time: '2013-01-01T00:00:00Z',
    router: null,
    vpc_router_id: '',
    available_ip_count: 0,
    owner: 'system',
    zone_id,
    tags: [],
  }
}

/** VxNets as DescribeVxnets shows them; `router` is null until joined (docs/compat.md#embedded-objects). */
export async function vxnetRecords(q: Queryable, rows: readonly VxnetRow[], verbose: boolean): Promise<Vxnet[]> {
  const ids = rows.map((row) => row.vxnet_id)
  const zone = rows[0]?.zone_id ?? ''
  const routers = new Map(
    (
      await findRouters(
        q,
        rows.flatMap((r) => (r.router_id ? [r.router_id] : [])),
      )
    ).map((r) => [r.router_id, r]),
  )
  const counts = await nicCounts(q, zone, ids)
  const members = verbose ? groupBy(await instanceIdsInVxnets(q, zone, ids), (m) => m.vxnet_id) : undefined
  const tags = await tagRefs(q, ids)
  return rows.map((row) => {
    const routed = routedOf(row)
    const size = routed ? dhcpRange(routed).last - dhcpRange(routed).first + 1 : 0
    const record: Vxnet = {
      vxnet_id: row.vxnet_id,
      vxnet_name: row.vxnet_name,
      vxnet_type: row.vxnet_type,
      description: row.description,
      create_time: wireTime(row.create_time),
      router: routed
        ? { router_id: row.router_id!, router_name: routers.get(row.router_id!)?.router_name ?? '', ...routed, mode: 0 }
        : null,
      vpc_router_id: row.router_id ?? '',
      available_ip_count: Math.max(0, size - (counts.get(row.vxnet_id) ?? 0)),
      owner: row.owner,
      zone_id: row.zone_id,
      tags: tags(row.vxnet_id),
    }
    if (members) record.instance_ids = [...new Set((members.get(row.vxnet_id) ?? []).map((m) => m.instance_id))]
    return record
  })
}
