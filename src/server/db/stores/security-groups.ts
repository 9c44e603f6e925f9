import type { Queryable, Tx } from '../database.js'
import type { SecurityGroupBindingsTable, SecurityGroupRulesTable, SecurityGroupsTable } from '../schema/network.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'

export type SecurityGroupRow = SecurityGroupsTable
export type SecurityGroupRuleRow = SecurityGroupRulesTable
export type SecurityGroupBindingRow = SecurityGroupBindingsTable

export async function insertSecurityGroups(tx: Tx, rows: SecurityGroupRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('security_groups').values(rows).execute()
}

export async function findSecurityGroups(q: Queryable, ids: readonly string[]): Promise<SecurityGroupRow[]> {
  return ofIds(ids, (list) => q.selectFrom('security_groups').selectAll().where('security_group_id', 'in', list).execute())
}

export async function findDefaultGroup(q: Queryable, owner: string, zone_id: string): Promise<SecurityGroupRow | undefined> {
  return q.selectFrom('security_groups').selectAll().where('default_key', '=', `${owner}/${zone_id}`).executeTakeFirst()
}

export async function updateSecurityGroups(tx: Tx, ids: readonly string[], changes: Partial<SecurityGroupRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('security_groups')
      .set(changes)
      .where('security_group_id', 'in', [...ids])
      .execute()
}

/** Deletes groups with their rules (docs/api/security_group.md#deletesecuritygroups). */
export async function deleteSecurityGroups(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .deleteFrom('security_group_rules')
    .where('security_group_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('security_groups')
    .where('security_group_id', 'in', [...ids])
    .execute()
}

export interface SecurityGroupFilter {
  scope: Scope
  zone_id: string
  security_group_ids?: string[] | undefined
  security_group_name?: string | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const securityGroupSortKeys = ['create_time', 'security_group_id', 'security_group_name'] as const

export async function describeSecurityGroups(
  q: Queryable,
  f: SecurityGroupFilter,
  page: SortedPage<(typeof securityGroupSortKeys)[number]>,
): Promise<{ rows: SecurityGroupRow[]; total: number }> {
  let query = q
    .selectFrom('security_groups')
    .where(inScope(f.scope, { id: 'security_groups.security_group_id', owner: 'security_groups.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.security_group_ids) query = query.where('security_group_id', 'in', f.security_group_ids.length ? f.security_group_ids : [''])
  if (f.security_group_name !== undefined) query = query.where('security_group_name', '=', f.security_group_name)
  if (f.search_word) query = query.where(matchesWord('security_group_id', 'security_group_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('security_groups.security_group_id', f.tag_ids))
  return pageOf(query, (s) => s.selectAll('security_groups'), {
    ...page,
    orderBy: [[`security_groups.${page.key}`, page.direction]],
    id: 'security_groups.security_group_id',
  })
}

// Rules

export async function insertRules(tx: Tx, rows: SecurityGroupRuleRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('security_group_rules').values(rows).execute()
}

export async function findRules(q: Queryable, ids: readonly string[]): Promise<SecurityGroupRuleRow[]> {
  return ofIds(ids, (list) => q.selectFrom('security_group_rules').selectAll().where('security_group_rule_id', 'in', list).execute())
}

export async function updateRule(tx: Tx, id: string, changes: Partial<SecurityGroupRuleRow>): Promise<void> {
  await tx.db.updateTable('security_group_rules').set(changes).where('security_group_rule_id', '=', id).execute()
}

export async function deleteRules(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('security_group_rules')
      .where('security_group_rule_id', 'in', [...ids])
      .execute()
}

export async function ruleCount(q: Queryable, security_group_id: string): Promise<number> {
  const row = await q
    .selectFrom('security_group_rules')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('security_group_id', '=', security_group_id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export interface RuleFilter {
  scope: Scope
  zone_id: string
  security_group_id?: string | undefined
  rule_ids?: string[] | undefined
  direction?: number | undefined
}

/** Rules by priority, then creation (docs/api/security_group.md#describesecuritygrouprules). */
export async function describeRules(
  q: Queryable,
  f: RuleFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: SecurityGroupRuleRow[]; total: number }> {
  let query = q
    .selectFrom('security_group_rules')
    .where(inScope(f.scope, { id: 'security_group_rules.security_group_id', owner: 'security_group_rules.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.security_group_id) query = query.where('security_group_id', '=', f.security_group_id)
  if (f.rule_ids) query = query.where('security_group_rule_id', 'in', f.rule_ids.length ? f.rule_ids : [''])
  if (f.direction !== undefined) query = query.where('direction', '=', f.direction)
  return pageOf(query, (s) => s.selectAll('security_group_rules'), {
    ...page,
    orderBy: [
      ['security_group_rules.priority', 'asc'],
      ['security_group_rules.create_time', 'asc'],
    ],
    id: 'security_group_rules.security_group_rule_id',
  })
}

// Bindings: which group each instance or router uses.

/** Binds each resource to `security_group_id`, replacing the group it used before. */
export async function bindSecurityGroup(
  tx: Tx,
  resources: ReadonlyArray<{ resource_id: string; resource_type: SecurityGroupBindingRow['resource_type'] }>,
  security_group_id: string,
  at: string,
): Promise<void> {
  if (resources.length === 0) return
  await unbindSecurityGroups(
    tx,
    resources.map((r) => r.resource_id),
  )
  await tx.db
    .insertInto('security_group_bindings')
    .values(resources.map((r) => ({ ...r, security_group_id, create_time: at })))
    .execute()
}

export async function unbindSecurityGroups(tx: Tx, resourceIds: readonly string[]): Promise<void> {
  if (resourceIds.length > 0)
    await tx.db
      .deleteFrom('security_group_bindings')
      .where('resource_id', 'in', [...resourceIds])
      .execute()
}

export async function bindingsOfGroups(q: Queryable, groupIds: readonly string[]): Promise<SecurityGroupBindingRow[]> {
  return ofIds(groupIds, (list) =>
    q
      .selectFrom('security_group_bindings')
      .selectAll()
      .where('security_group_id', 'in', list)
      .orderBy('create_time')
      .orderBy('resource_id')
      .execute(),
  )
}

export async function bindingsOfResources(q: Queryable, resourceIds: readonly string[]): Promise<SecurityGroupBindingRow[]> {
  return ofIds(resourceIds, (list) => q.selectFrom('security_group_bindings').selectAll().where('resource_id', 'in', list).execute())
}

export async function ruleIdsOfGroups(q: Queryable, groupIds: readonly string[]): Promise<string[]> {
  return ofIds(groupIds, async (list) => {
    const rows = await q
      .selectFrom('security_group_rules')
      .select('security_group_rule_id')
      .where('security_group_id', 'in', list)
      .execute()
    return rows.map((r) => r.security_group_rule_id)
  })
}
