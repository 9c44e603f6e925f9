import { ApiError } from '../../../protocol/errors.js'
import { deleteProjects, projectContents } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

const counted = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

/** Only empty projects go (docs/compat.md#deleting-projects); the authorize stage let only their owner this far. */
export const DeleteProjects: Handler<'DeleteProjects'> = async (params, { tx }) => {
  const rows = await projects.all(tx.db, params.project_ids)
  for (const project of rows) {
    const left = await projectContents(tx.db, project.project_id)
    const parts = [
      left.resources ? counted(left.resources, 'resource') : '',
      left.members ? counted(left.members, 'member') : '',
      left.roles ? counted(left.roles, 'custom role') : '',
    ].filter(Boolean)
    if (parts.length > 0) {
      throw new ApiError('PermissionDenied', { reason: `project [${project.project_id}] is not empty: ${parts.join(', ')}` })
    }
  }
  await deleteProjects(
    tx,
    rows.map((r) => r.project_id),
  )
  return { project_ids: rows.map((r) => r.project_id) }
}
