import { ApiError } from '../../../protocol/errors.js'
import type { Queryable } from '../../db/database.js'
import { findMembers, findProjects } from '../../db/stores/projects.js'
import { findRoles, findRules } from '../../db/stores/group-roles.js'

/**
 * Rows of the Project service's entities by id, in the order named, without repeats; the first
 * unknown id answers 2100. Whether the caller may touch them was decided by the authorize stage.
 */
function lookup<R>(find: (q: Queryable, ids: readonly string[]) => Promise<R[]>, id: (row: R) => string, label: string) {
  const all = async (q: Queryable, ids: readonly string[]): Promise<R[]> => {
    const byId = new Map((await find(q, ids)).map((row) => [id(row), row]))
    return [...new Set(ids)].map((wanted) => {
      const row = byId.get(wanted)
      if (!row) throw new ApiError('ResourceNotFound', { resource: label, id: wanted })
      return row
    })
  }
  return { all, one: async (q: Queryable, wanted: string): Promise<R> => (await all(q, [wanted]))[0]! }
}

export const projects = lookup(findProjects, (r) => r.project_id, 'project')
export const roles = lookup(findRoles, (r) => r.group_role_id, 'group role')
export const rules = lookup(findRules, (r) => r.group_role_rule_id, 'group role rule')
export const members = lookup(findMembers, (r) => r.project_member_id, 'project member')

/** Entities named together must be of one project, and of `project_id` when that is given (docs/compat.md#roles-without-project-id). */
export function sameProject(rows: ReadonlyArray<{ project_id: string }>, project_id: string | undefined, what: string): string {
  const ids = new Set(rows.map((r) => r.project_id))
  if (project_id !== undefined) ids.add(project_id)
  if (ids.size > 1) {
    throw new ApiError('InvalidParameter', { param: what, reason: `names ${what} of different projects [${[...ids].sort().join(', ')}]` })
  }
  return [...ids][0]!
}

/** Preset and owner roles never change (docs/compat.md#preset-roles). */
export function requireCustom(role: { group_role_id: string; read_only: number }): void {
  if (role.read_only === 1) {
    throw new ApiError('PermissionDenied', { reason: `group role [${role.group_role_id}] is a preset role: it and its rules cannot change` })
  }
}
