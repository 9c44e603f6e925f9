import { ApiError } from '../../../protocol/errors.js'
import { deleteMembers } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { members, sameProject } from '../../services/lookups/project.js'

/** `user_group_id` is redundant with the member ids and ignored (docs/compat.md#member-types). */
export const DeleteProjectMembers: Handler<'DeleteProjectMembers'> = async (params, { tx }) => {
  const rows = await members.all(tx.db, params.project_member_ids)
  sameProject(rows, params.project_id, 'project_member_ids')
  const owner = rows.find((r) => r.is_project_owner === 1)
  if (owner)
    throw new ApiError('PermissionDenied', {
      reason: `project member [${owner.project_member_id}] is the project owner and cannot be removed`,
    })
  await deleteMembers(
    tx,
    rows.map((r) => r.project_member_id),
  )
  return { project_member_ids: rows.map((r) => r.project_member_id) }
}
