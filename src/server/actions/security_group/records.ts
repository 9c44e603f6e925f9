import type { SecurityGroup, SecurityGroupRule } from '../../../protocol/records/network.js'
import { wireTime } from '../../../protocol/time.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import { findInstances } from '../../db/stores/instances.js'
import { findLoadbalancers } from '../../db/stores/loadbalancers.js'
import { findRouters } from '../../db/stores/routers.js'
import {
  bindingsOfGroups,
  type SecurityGroupBindingRow,
  type SecurityGroupRow,
  type SecurityGroupRuleRow,
} from '../../db/stores/security-groups.js'
import { tagRefs } from '../../services/tag-refs.js'

/** Groups as DescribeSecurityGroups shows them; `verbose` adds what uses each (docs/compat.md#security-group-resources). */
export async function securityGroupRecords(q: Queryable, rows: readonly SecurityGroupRow[], verbose: boolean): Promise<SecurityGroup[]> {
  const ids = rows.map((row) => row.security_group_id)
  const tags = await tagRefs(q, ids)
  const bindings = verbose
    ? groupBy(await bindingsOfGroups(q, ids), (b) => b.security_group_id)
    : new Map<string, SecurityGroupBindingRow[]>()
  const names = new Map<string, string>()
  if (verbose) {
    const all = [...bindings.values()].flat()
    const instanceIds = all.filter((b) => b.resource_type === 'instance').map((b) => b.resource_id)
    const routerIds = all.filter((b) => b.resource_type === 'router').map((b) => b.resource_id)
    for (const i of await findInstances(q, instanceIds)) names.set(i.instance_id, i.instance_name)
    for (const r of await findRouters(q, routerIds)) names.set(r.router_id, r.router_name)
    const lbIds = all.filter((b) => b.resource_type === 'loadbalancer').map((b) => b.resource_id)
    for (const lb of await findLoadbalancers(q, lbIds)) names.set(lb.loadbalancer_id, lb.loadbalancer_name)
  }
  return rows.map((row) => ({
    security_group_id: row.security_group_id,
    security_group_name: row.security_group_name,
    description: row.description,
    is_applied: row.is_applied,
    is_default: row.is_default,
    create_time: wireTime(row.create_time),
    owner: row.owner,
    zone_id: row.zone_id,
    tags: tags(row.security_group_id),
    ...(verbose
      ? {
          resources: (bindings.get(row.security_group_id) ?? []).map((b) => ({
            resource_id: b.resource_id,
            resource_name: names.get(b.resource_id) ?? '',
            resource_type: b.resource_type,
          })),
        }
      : {}),
  }))
}

export function ruleRecord(row: SecurityGroupRuleRow): SecurityGroupRule {
  return {
    security_group_rule_id: row.security_group_rule_id,
    security_group_id: row.security_group_id,
    security_group_rule_name: row.security_group_rule_name,
    protocol: row.protocol,
    priority: row.priority,
    action: row.action,
    direction: row.direction,
    val1: row.val1,
    val2: row.val2,
    val3: row.val3,
    disabled: row.disabled,
  }
}
