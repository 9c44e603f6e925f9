import { sql, type Expression, type SqlBool } from 'kysely'
import type { Queryable, Tx } from '../database.js'
import type { ProjectMembersTable, ProjectsTable } from '../schema/projects.js'
import { pageOf, type SortedPage } from './paging.js'
import { ofIds } from './ids.js'

export type ProjectRow = ProjectsTable
export type MemberRow = ProjectMembersTable

/** Projects `user_id` owns or is a member of (the owner is a member too): the column's condition. */
export function visibleProject(column: string, user_id: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (select project_id from project_members where project_member_user_id = ${user_id})`
}

export async function insertProject(tx: Tx, row: ProjectRow): Promise<void> {
  await tx.db.insertInto('projects').values(row).execute()
}

/** How many projects a user owns: the `project` quota counts them, in every zone at once. */
export async function projectUsage(q: Queryable, owner: string): Promise<number> {
  const row = await q
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner', '=', owner)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function findProjects(q: Queryable, ids: readonly string[]): Promise<ProjectRow[]> {
  return ofIds(ids, (list) => q.selectFrom('projects').selectAll().where('project_id', 'in', list).execute())
}

export async function updateProject(tx: Tx, id: string, changes: Partial<ProjectRow>): Promise<void> {
  await tx.db.updateTable('projects').set(changes).where('project_id', '=', id).execute()
}

/** Removes projects with everything still in them: roles, rules, members, items. */
export async function deleteProjects(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  for (const table of ['project_resource_items', 'project_members', 'group_role_rules', 'group_roles', 'projects'] as const) {
    await tx.db
      .deleteFrom(table)
      .where('project_id', 'in', [...ids])
      .execute()
  }
}

/** What keeps a project from being deleted (docs/compat.md#deleting-projects): items, members besides the owner, custom roles. */
export async function projectContents(q: Queryable, project_id: string): Promise<{ resources: number; members: number; roles: number }> {
  const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await query.executeTakeFirstOrThrow()).n)
  const n = sql<number>`count(*)`.as('n')
  return {
    resources: await count(q.selectFrom('project_resource_items').select(n).where('project_id', '=', project_id)),
    members: await count(q.selectFrom('project_members').select(n).where('project_id', '=', project_id).where('is_project_owner', '=', 0)),
    roles: await count(q.selectFrom('group_roles').select(n).where('project_id', '=', project_id).where('read_only', '=', 0)),
  }
}

export interface ProjectFilter {
  user_id: string
  project_ids?: string[] | undefined
  shared: boolean
  owner?: string | undefined
  statuses?: string[] | undefined
}

export const projectSortKeys = ['create_time', 'project_id', 'project_name', 'status_time'] as const

/** DescribeProjects' visibility (docs/compat.md#describe-projects-shared). */
function projectsFiltered(q: Queryable, f: ProjectFilter) {
  let query = q.selectFrom('projects').innerJoin('users', 'users.user_id', 'projects.owner')
  if (f.project_ids) {
    query = query
      .where('projects.project_id', 'in', f.project_ids.length ? f.project_ids : [''])
      .where(visibleProject('projects.project_id', f.user_id))
  } else if (f.shared) {
    query = query.where(visibleProject('projects.project_id', f.user_id)).where('projects.owner', '!=', f.user_id)
  } else {
    query = query.where('projects.owner', '=', f.user_id)
  }
  if (f.owner !== undefined) query = query.where('projects.owner', '=', f.owner)
  if (f.statuses?.length) query = query.where('projects.status', 'in', f.statuses as ProjectRow['status'][])
  return query
}

export async function describeProjects(
  q: Queryable,
  f: ProjectFilter,
  page: SortedPage<(typeof projectSortKeys)[number]>,
): Promise<{ rows: Array<ProjectRow & { owner_name: string }>; total: number }> {
  return pageOf(projectsFiltered(q, f), (query) => query.selectAll('projects').select('users.user_name as owner_name'), {
    ...page,
    orderBy: [[`projects.${page.key}`, page.direction]],
    id: 'projects.project_id',
  })
}

// ---------------------------------------------------------------------------------------------
// Members

export async function insertMembers(tx: Tx, rows: readonly MemberRow[]): Promise<void> {
  if (rows.length > 0)
    await tx.db
      .insertInto('project_members')
      .values([...rows])
      .execute()
}

export async function findMembers(q: Queryable, ids: readonly string[]): Promise<MemberRow[]> {
  return ofIds(ids, (list) => q.selectFrom('project_members').selectAll().where('project_member_id', 'in', list).execute())
}

export async function membersOfUsers(q: Queryable, project_id: string, user_ids: readonly string[]): Promise<MemberRow[]> {
  return ofIds(user_ids, (list) =>
    q.selectFrom('project_members').selectAll().where('project_id', '=', project_id).where('project_member_user_id', 'in', list).execute(),
  )
}

export async function updateMember(tx: Tx, id: string, changes: Partial<MemberRow>): Promise<void> {
  await tx.db.updateTable('project_members').set(changes).where('project_member_id', '=', id).execute()
}

export async function deleteMembers(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('project_members')
      .where('project_member_id', 'in', [...ids])
      .execute()
}

/** Members of a project with their role's name and e-mail, filtered, one page. */
export async function describeMembers(
  q: Queryable,
  f: { project_id: string; member_ids?: string[] | undefined },
  page: { offset: number; limit: number },
) {
  let query = q
    .selectFrom('project_members')
    .innerJoin('group_roles', 'group_roles.group_role_id', 'project_members.role')
    .leftJoin('users', 'users.user_id', 'project_members.project_member_user_id')
    .where('project_members.project_id', '=', f.project_id)
  if (f.member_ids) query = query.where('project_members.project_member_id', 'in', f.member_ids.length ? f.member_ids : [''])
  return pageOf(query, (qq) => qq.selectAll('project_members').select(['group_roles.group_role_name', 'users.email']), {
    ...page,
    orderBy: [['project_members.create_time', 'desc']],
    id: 'project_members.project_member_id',
  })
}

/** The account a member entry names (docs/compat.md#member-types): by e-mail (any case) first, then by user name. */
export async function findAccountByInfo(
  q: Queryable,
  info: string,
): Promise<{ user_id: string; user_name: string; email: string } | undefined> {
  const byEmail = await q
    .selectFrom('users')
    .select(['user_id', 'user_name', 'email'])
    .where('email', '=', info.toLowerCase())
    .executeTakeFirst()
  if (byEmail) return byEmail
  return q
    .selectFrom('users')
    .select(['user_id', 'user_name', 'email'])
    .where('user_name', '=', info)
    .orderBy('create_time')
    .executeTakeFirst()
}
