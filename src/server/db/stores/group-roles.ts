import type { Queryable, Tx } from '../database.js'
import type { GroupRoleRulesTable, GroupRolesTable } from '../schema/projects.js'
import { pageOf } from './paging.js'
import { visibleProject } from './projects.js'
import { ofIds } from './ids.js'

export type RoleRow = GroupRolesTable
export type RuleRow = GroupRoleRulesTable

export async function insertRoles(tx: Tx, rows: readonly RoleRow[]): Promise<void> {
  if (rows.length > 0)
    await tx.db
      .insertInto('group_roles')
      .values([...rows])
      .execute()
}

export async function insertRules(tx: Tx, rows: readonly RuleRow[]): Promise<void> {
  if (rows.length > 0)
    await tx.db
      .insertInto('group_role_rules')
      .values([...rows])
      .execute()
}

export async function findRoles(q: Queryable, ids: readonly string[]): Promise<RoleRow[]> {
  return ofIds(ids, (list) => q.selectFrom('group_roles').selectAll().where('group_role_id', 'in', list).execute())
}

export async function findRules(q: Queryable, ids: readonly string[]): Promise<RuleRow[]> {
  return ofIds(ids, (list) => q.selectFrom('group_role_rules').selectAll().where('group_role_rule_id', 'in', list).execute())
}

export async function updateRole(tx: Tx, id: string, changes: Partial<RoleRow>): Promise<void> {
  await tx.db.updateTable('group_roles').set(changes).where('group_role_id', '=', id).execute()
}

export async function updateRule(tx: Tx, id: string, changes: Partial<RuleRow>): Promise<void> {
  await tx.db.updateTable('group_role_rules').set(changes).where('group_role_rule_id', '=', id).execute()
}

/** Deletes roles with their rules. */
export async function deleteRoles(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .deleteFrom('group_role_rules')
    .where('group_role_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('group_roles')
    .where('group_role_id', 'in', [...ids])
    .execute()
}

export async function deleteRules(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('group_role_rules')
      .where('group_role_rule_id', 'in', [...ids])
      .execute()
}

/** One member holding each of these roles, if any (docs/compat.md#deleting-roles). */
export async function rolesInUse(q: Queryable, ids: readonly string[]): Promise<Array<{ role: string; project_member_id: string }>> {
  return ofIds(ids, (list) => q.selectFrom('project_members').select(['role', 'project_member_id']).where('role', 'in', list).execute())
}

export interface RoleFilter {
  user_id: string
  project_id?: string | undefined
  role_ids?: string[] | undefined
  statuses?: string[] | undefined
  search_word?: string | undefined
}

/** Roles visible to the user; the owner role only when asked for by id (docs/compat.md#preset-roles). */
export async function describeRoles(q: Queryable, f: RoleFilter, page: { offset: number; limit: number; direction: 'asc' | 'desc' }) {
  let query = q.selectFrom('group_roles').where(visibleProject('group_roles.project_id', f.user_id))
  if (f.project_id !== undefined) query = query.where('project_id', '=', f.project_id)
  if (f.role_ids) query = query.where('group_role_id', 'in', f.role_ids.length ? f.role_ids : [''])
  else query = query.where('preset', '!=', 'owner')
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses as RoleRow['status'][])
  if (f.search_word) {
    const word = `%${f.search_word.toLowerCase()}%`
    query = query.where((eb) => eb.or([eb('group_role_id', 'like', word), eb(eb.fn('lower', ['group_role_name']), 'like', word)]))
  }
  return pageOf(query, (qq) => qq.selectAll(), {
    ...page,
    orderBy: [['create_time', page.direction]],
    id: 'group_role_id',
  })
}

export interface RuleFilter {
  user_id: string
  project_id?: string | undefined
  role_ids?: string[] | undefined
  rule_ids?: string[] | undefined
  statuses?: string[] | undefined
}

export async function describeRules(q: Queryable, f: RuleFilter, page: { offset: number; limit: number; direction: 'asc' | 'desc' }) {
  let query = q.selectFrom('group_role_rules').where(visibleProject('group_role_rules.project_id', f.user_id))
  if (f.project_id !== undefined) query = query.where('project_id', '=', f.project_id)
  if (f.role_ids) query = query.where('group_role_id', 'in', f.role_ids.length ? f.role_ids : [''])
  if (f.rule_ids) query = query.where('group_role_rule_id', 'in', f.rule_ids.length ? f.rule_ids : [''])
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses as RuleRow['status'][])
  return pageOf(query, (qq) => qq.selectAll(), {
    ...page,
    orderBy: [['create_time', page.direction]],
    id: 'group_role_rule_id',
  })
}

export async function rulesOfRoles(q: Queryable, role_ids: readonly string[]): Promise<RuleRow[]> {
  return ofIds(role_ids, (list) =>
    q
      .selectFrom('group_role_rules')
      .selectAll()
      .where('group_role_id', 'in', list)
      .orderBy('create_time')
      .orderBy('group_role_rule_id')
      .execute(),
  )
}
