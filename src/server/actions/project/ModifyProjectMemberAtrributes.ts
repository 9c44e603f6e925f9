import { ApiError } from '../../../protocol/errors.js'
import { updateMember, type MemberRow } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { members, roles, sameProject } from '../../services/lookups/project.js'

export const ModifyProjectMemberAtrributes: Handler<'ModifyProjectMemberAtrributes'> = async (params, { tx }) => {
  const member = await members.one(tx.db, params.project_member_id)
  sameProject([member], params.project_id, 'project_member_id')
  const changes: Partial<MemberRow> = {}
  if (params.project_member_name !== undefined) changes.project_member_name = params.project_member_name.trim()
  const roleId = params.role_id ?? params.role
  if (roleId !== undefined && roleId !== member.role) {
    const role = await roles.one(tx.db, roleId)
    if (member.is_project_owner === 1) {
      throw new ApiError('PermissionDenied', {
        reason: `project member [${member.project_member_id}] is the project owner: its role cannot change`,
      })
    }
    if (role.project_id !== member.project_id) {
      throw new ApiError('PermissionDenied', {
        reason: `group role [${role.group_role_id}] is not a role of project [${member.project_id}]`,
      })
    }
    if (role.preset === 'owner') {
      throw new ApiError('PermissionDenied', { reason: `group role [${role.group_role_id}] is the owner role and cannot be given` })
    }
    changes.role = role.group_role_id
  }
  if (Object.keys(changes).length > 0) await updateMember(tx, member.project_member_id, changes)
  return { project_member_id: member.project_member_id }
}
