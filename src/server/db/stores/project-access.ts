import { sql } from 'kysely'
import type { Queryable } from '../database.js'
import { ofIds } from './ids.js'

/** What a user may do in one project: its owner, and the user's enabled rules if a member. */
export interface ProjectAccess {
  project_id: string
  owner: string
  /** Undefined when the user is not a member. */
  member?: { role: string; rules: Array<{ policy: string; principle: string }> }
}

/**
 * The user's access to each of these projects that exists, in one indexed query: the project, the
 * user's membership, its role (when enabled) and the role's enabled rules. Disabled roles and rules
 * grant nothing, so they are left out here.
 */
export async function accessTo(q: Queryable, user_id: string, project_ids: readonly string[]): Promise<Map<string, ProjectAccess>> {
  const out = new Map<string, ProjectAccess>()
  if (project_ids.length === 0) return out
  const rows = await q
    .selectFrom('projects as p')
    .leftJoin('project_members as m', (join) =>
      join.onRef('m.project_id', '=', 'p.project_id').on('m.project_member_user_id', '=', user_id).on('m.enabled', '=', 1),
    )
    .leftJoin('group_roles as g', (join) => join.onRef('g.group_role_id', '=', 'm.role').on('g.status', '=', 'enabled'))
    .leftJoin('group_role_rules as r', (join) => join.onRef('r.group_role_id', '=', 'g.group_role_id').on('r.status', '=', 'enabled'))
    .select(['p.project_id', 'p.owner', 'm.role', 'r.policy', 'r.principle'])
    .where('p.project_id', 'in', [...project_ids])
    .execute()
  for (const row of rows) {
    let access = out.get(row.project_id)
    if (!access) {
      access = { project_id: row.project_id, owner: row.owner }
      if (row.role !== null) access.member = { role: row.role, rules: [] }
      out.set(row.project_id, access)
    }
    if (access.member && row.policy !== null) access.member.rules.push({ policy: row.policy, principle: row.principle ?? '' })
  }
  return out
}

/** The projects these resources are items of, limited to projects the user is a member of. */
export async function memberProjectsOf(
  q: Queryable,
  user_id: string,
  resource_ids: readonly string[],
): Promise<Array<{ resource_id: string; project_id: string }>> {
  return ofIds(resource_ids, (list) =>
    q
      .selectFrom('project_resource_items as i')
      .innerJoin('project_members as m', (join) =>
        join.onRef('m.project_id', '=', 'i.project_id').on('m.project_member_user_id', '=', user_id),
      )
      .select(['i.resource_id', 'i.project_id'])
      .where('i.resource_id', 'in', list)
      .execute(),
  )
}

/** The project each named Project-service entity (project, role, rule, member) belongs to. */
export async function projectsOfEntities(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (ids.length === 0) return out
  const list = [...ids]
  const rows = await sql<{ id: string; project_id: string }>`
    select project_id as id, project_id from projects where project_id in (${sql.join(list)})
    union all select group_role_id, project_id from group_roles where group_role_id in (${sql.join(list)})
    union all select group_role_rule_id, project_id from group_role_rules where group_role_rule_id in (${sql.join(list)})
    union all select project_member_id, project_id from project_members where project_member_id in (${sql.join(list)})
  `.execute(q)
  for (const row of rows.rows) out.set(row.id, row.project_id)
  return out
}

/** The parent (security group, router or load balancer policy) of each part among `rows` (`parentTypes`), by part id. */
export async function parentsOf(
  q: Queryable,
  rows: ReadonlyArray<{ resource_id: string; resource_type: string }>,
): Promise<Map<string, string>> {
  const idsOf = (type: string) => rows.filter((r) => r.resource_type === type).map((r) => r.resource_id)
  const found = new Map<string, string>()
  const add = (pairs: Array<{ id: string; parent: string }>) => pairs.forEach((p) => found.set(p.id, p.parent))
  const rules = idsOf('security_group_rule')
  if (rules.length > 0) {
    add(
      await q
        .selectFrom('security_group_rules')
        .select(['security_group_rule_id as id', 'security_group_id as parent'])
        .where('security_group_rule_id', 'in', rules)
        .execute(),
    )
  }
  const snapshots = idsOf('security_group_snapshot')
  if (snapshots.length > 0) {
    add(
      await q
        .selectFrom('security_group_snapshots')
        .select(['security_group_snapshot_id as id', 'security_group_id as parent'])
        .where('security_group_snapshot_id', 'in', snapshots)
        .execute(),
    )
  }
  const statics = idsOf('router_static')
  if (statics.length > 0) {
    add(
      await q
        .selectFrom('router_statics')
        .select(['router_static_id as id', 'router_id as parent'])
        .where('router_static_id', 'in', statics)
        .execute(),
    )
  }
  const entries = idsOf('router_static_entry')
  if (entries.length > 0) {
    add(
      await q
        .selectFrom('router_static_entries')
        .select(['router_static_entry_id as id', 'router_id as parent'])
        .where('router_static_entry_id', 'in', entries)
        .execute(),
    )
  }
  const listeners = idsOf('loadbalancer_listener')
  if (listeners.length > 0) {
    add(
      await q
        .selectFrom('loadbalancer_listeners')
        .select(['loadbalancer_listener_id as id', 'loadbalancer_id as parent'])
        .where('loadbalancer_listener_id', 'in', listeners)
        .execute(),
    )
  }
  const backends = idsOf('loadbalancer_backend')
  if (backends.length > 0) {
    add(
      await q
        .selectFrom('loadbalancer_backends')
        .select(['loadbalancer_backend_id as id', 'loadbalancer_id as parent'])
        .where('loadbalancer_backend_id', 'in', backends)
        .execute(),
    )
  }
  const policyRules = idsOf('loadbalancer_policy_rule')
  if (policyRules.length > 0) {
    add(
      await q
        .selectFrom('loadbalancer_policy_rules')
        .select(['loadbalancer_policy_rule_id as id', 'loadbalancer_policy_id as parent'])
        .where('loadbalancer_policy_rule_id', 'in', policyRules)
        .execute(),
    )
  }
  return found
}
