import { ApiError } from '../../../protocol/errors.js'
import { unzonedLookupOf } from '../../domain/lookup.js'
import { findMembers, findProjects } from '../../db/stores/projects.js'
import { findRoles, findRules } from '../../db/stores/group-roles.js'

/**
 * Rows of the Project service's entities by id, in the order named, without repeats; the first
 * unknown id answers 2100. Whether the caller may touch them was decided by the authorize stage.
 */
export const projects = unzonedLookupOf(findProjects, (r) => r.project_id, 'project')
export const roles = unzonedLookupOf(findRoles, (r) => r.group_role_id, 'group role')
export const rules = unzonedLookupOf(findRules, (r) => r.group_role_rule_id, 'group role rule')
export const members = unzonedLookupOf(findMembers, (r) => r.project_member_id, 'project member')

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
    throw new ApiError('PermissionDenied', {
      reason: `group role [${role.group_role_id}] is a preset role: it and its rules cannot change`,
    })
  }
}
