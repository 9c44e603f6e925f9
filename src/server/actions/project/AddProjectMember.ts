import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { findAccountByInfo, insertMembers, membersOfUsers, type MemberRow } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects, roles } from '../../services/lookups/project.js'

/** One member per entry, in input order; all or nothing (docs/compat.md#member-types). */
export const AddProjectMember: Handler<'AddProjectMember'> = async (params, { tx, now }) => {
  const project = await projects.one(tx.db, params.project_id)
  const at = isoAt(now)
  const rows: MemberRow[] = []
  for (const entry of params.project_members) {
    const info = entry.project_member_info.trim()
    if ((entry.project_member_type ?? 'user') === 'user_group') {
      // qingstack has no account groups yet, so every `ug-` id is unknown.
      throw new ApiError('ResourceNotFound', { resource: 'user group', id: info })
    }
    const account = await findAccountByInfo(tx.db, info)
    if (!account) throw new ApiError('ResourceNotFound', { resource: 'account', id: info })
    const role = await roles.one(tx.db, entry.role)
    if (role.project_id !== project.project_id) {
      throw new ApiError('PermissionDenied', {
        reason: `group role [${role.group_role_id}] is not a role of project [${project.project_id}]`,
      })
    }
    if (role.preset === 'owner') {
      throw new ApiError('PermissionDenied', { reason: `group role [${role.group_role_id}] is the owner role and cannot be given` })
    }
    const taken =
      rows.some((r) => r.project_member_user_id === account.user_id) ||
      (await membersOfUsers(tx.db, project.project_id, [account.user_id])).length > 0
    if (taken) throw new ApiError('ResourceAlreadyExists', { resource: `member of project ${project.project_id}`, id: info })
    rows.push({
      project_member_id: newId('pm-'),
      project_id: project.project_id,
      project_member_user_id: account.user_id,
      project_member_name: entry.project_member_name?.trim() || account.user_name,
      project_member_info: info,
      project_member_type: 'user',
      role: role.group_role_id,
      user_group_id: newId('ug-'),
      is_project_owner: 0,
      description: '',
      enabled: 1,
      create_time: at,
    })
  }
  await insertMembers(tx, rows)
  return { project_member_ids: rows.map((r) => r.project_member_id) }
}
