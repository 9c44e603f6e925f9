import { createHash } from 'node:crypto'
import type { Router } from '../../../protocol/records/network.js'
import { wireTime } from '../../../protocol/time.js'
import { baseVxnet } from '../../domain/addresses.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import { eipsOfHolders } from '../../db/stores/eips.js'
import { nicsOf } from '../../db/stores/nics.js'
import type { RouterRow } from '../../db/stores/routers.js'
import { bindingsOfResources } from '../../db/stores/security-groups.js'
import { vxnetsOfRouters } from '../../db/stores/vxnets.js'
import { tagRefs } from '../../services/tag-refs.js'

/** A router's NIC in a joined VxNet is not stored: a stable MAC derived from both ids stands for it. */
function joinedNicId(router_id: string, vxnet_id: string): string {
  const bytes = createHash('sha256').update(`${router_id}/${vxnet_id}`).digest().subarray(0, 4)
  return ['52', '54', ...[...bytes].map((b) => b.toString(16).padStart(2, '0'))].join(':')
}

const noEip = { eip_id: '', eip_name: '', eip_addr: '' }

/** Routers as DescribeRouters shows them; `eip` has empty fields without one (records/network.ts). */
export async function routerRecords(q: Queryable, rows: readonly RouterRow[], verbose: boolean): Promise<Router[]> {
  const ids = rows.map((row) => row.router_id)
  const eips = new Map((await eipsOfHolders(q, ids)).filter((e) => e.status === 'associated').map((e) => [e.resource_id!, e]))
  const groups = new Map((await bindingsOfResources(q, ids)).map((b) => [b.resource_id, b.security_group_id]))
  const tags = await tagRefs(q, ids)
  const nics = verbose ? groupBy(await nicsOf(q, ids), (n) => n.instance_id) : undefined
  const joined = verbose ? groupBy(await vxnetsOfRouters(q, ids), (v) => v.router_id!) : undefined
  return rows.map((row) => {
    const eip = eips.get(row.router_id)
    const record: Router = {
      router_id: row.router_id,
      router_name: row.router_name,
      description: row.description,
      router_type: row.router_type,
      private_ip: row.private_ip,
      is_applied: row.is_applied,
      status: row.status,
      transition_status: row.transition_status,
      sub_code: row.sub_code,
      create_time: wireTime(row.create_time),
      status_time: wireTime(row.status_time),
      security_group_id: groups.get(row.router_id) ?? '',
      eip: eip ? { eip_id: eip.eip_id, eip_name: eip.eip_name, eip_addr: eip.eip_addr } : noEip,
      vpc_network: row.vpc_network,
      owner: row.owner,
      zone_id: row.zone_id,
      tags: tags(row.router_id),
    }
    if (nics && joined) {
      record.vxnets = [
        ...(joined.get(row.router_id) ?? []).map((v) => ({ vxnet_id: v.vxnet_id, nic_id: joinedNicId(row.router_id, v.vxnet_id) })),
        ...(nics.get(row.router_id) ?? []).map((n) => ({ vxnet_id: baseVxnet.vxnet_id, nic_id: n.nic_id })),
      ]
    }
    return record
  })
}
