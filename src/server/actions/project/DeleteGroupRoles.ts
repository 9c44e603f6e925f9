import { ApiError } from '../../../protocol/errors.js'
import { deleteRoles, rolesInUse } from '../../db/stores/group-roles.js'
import type { Handler } from '../types.js'
import { requireCustom, roles, sameProject } from '../../services/lookups/project.js'

/** Custom roles no member holds go with their rules (docs/compat.md#deleting-roles); all or nothing. */
export const DeleteGroupRoles: Handler<'DeleteGroupRoles'> = async (params, { tx }) => {
  const rows = await roles.all(tx.db, params.group_roles)
  sameProject(rows, params.project_id, 'group_roles')
  for (const role of rows) requireCustom(role)
  const [held] = await rolesInUse(
    tx.db,
    rows.map((r) => r.group_role_id),
  )
  if (held) {
    throw new ApiError('PermissionDenied', { reason: `group role [${held.role}] is held by project member [${held.project_member_id}]` })
  }
  await deleteRoles(
    tx,
    rows.map((r) => r.group_role_id),
  )
  return { group_role_ids: rows.map((r) => r.group_role_id) }
}
