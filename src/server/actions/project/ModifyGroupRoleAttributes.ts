import { isoAt } from '../../domain/clock.js'
import { updateRole, type RoleRow } from '../../db/stores/group-roles.js'
import type { Handler } from '../types.js'
import { requireCustom, roles, sameProject } from '../../services/lookups/project.js'

export const ModifyGroupRoleAttributes: Handler<'ModifyGroupRoleAttributes'> = async (params, { tx, now }) => {
  const role = await roles.one(tx.db, params.group_role)
  sameProject([role], params.project_id, 'group_role')
  requireCustom(role)
  const changes: Partial<RoleRow> = {}
  if (params.group_role_name !== undefined) changes.group_role_name = params.group_role_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (params.status !== undefined) changes.status = params.status
  if (Object.keys(changes).length > 0) await updateRole(tx, role.group_role_id, { ...changes, status_time: isoAt(now) })
  const after = { ...role, ...changes }
  return { group_role_id: after.group_role_id, group_role_name: after.group_role_name, description: after.description }
}
