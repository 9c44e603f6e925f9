import type { Eip } from '../../../protocol/records/network.js'
import { wireTime } from '../../../protocol/time.js'
import type { Queryable } from '../../db/database.js'
import type { EipRow } from '../../db/stores/eips.js'
import { findInstances } from '../../db/stores/instances.js'
import { findLoadbalancers } from '../../db/stores/loadbalancers.js'
import { findRouters } from '../../db/stores/routers.js'
import { tagRefs } from '../../services/tag-refs.js'

/** The EIP group every EIP is in unless another is named (docs/compat.md#eip-states). */
export const defaultEipGroup = { eip_group_id: 'eipg-00000000', eip_group_name: 'BGP multi-line' } as const

/** EIPs as DescribeEips shows them; `resource` names the holder once associated, else `{}` (docs/compat.md#embedded-objects). */
export async function eipRecords(q: Queryable, rows: readonly EipRow[]): Promise<Eip[]> {
  const holders = rows.filter((row) => row.status === 'associated' && row.resource_id)
  const names = new Map<string, string>()
  for (const i of await findInstances(
    q,
    holders.filter((r) => r.resource_type === 'instance').map((r) => r.resource_id!),
  ))
    names.set(i.instance_id, i.instance_name)
  for (const r of await findRouters(
    q,
    holders.filter((r) => r.resource_type === 'router').map((r) => r.resource_id!),
  ))
    names.set(r.router_id, r.router_name)
  for (const lb of await findLoadbalancers(
    q,
    holders.filter((r) => r.resource_type === 'loadbalancer').map((r) => r.resource_id!),
  ))
    names.set(lb.loadbalancer_id, lb.loadbalancer_name)
  const tags = await tagRefs(
    q,
    rows.map((row) => row.eip_id),
  )
  const resourceOf = (row: EipRow): Eip['resource'] =>
    row.status === 'associated' && row.resource_id && row.resource_type
      ? { resource_id: row.resource_id, resource_name: names.get(row.resource_id) ?? '', resource_type: row.resource_type }
      : {}
  return rows.map((row) => ({
    eip_id: row.eip_id,
    eip_name: row.eip_name,
    description: row.description,
    eip_addr: row.eip_addr,
    associate_mode: row.associate_mode,
    bandwidth: row.bandwidth,
    billing_mode: row.billing_mode,
    need_icp: row.need_icp,
    icp_codes: row.icp_codes,
    status: row.status,
    transition_status: row.transition_status,
    sub_code: row.sub_code,
    status_time: wireTime(row.status_time),
    create_time: wireTime(row.create_time),
    resource: resourceOf(row),
    eip_group:
      row.eip_group_id === defaultEipGroup.eip_group_id ? { ...defaultEipGroup } : { eip_group_id: row.eip_group_id, eip_group_name: '' },
    alarm_status: '',
    owner: row.owner,
    zone_id: row.zone_id,
    tags: tags(row.eip_id),
  }))
}
