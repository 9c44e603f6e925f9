import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { customRoleRules } from '../../domain/projects.js'
import { insertRoles, insertRules } from '../../db/stores/group-roles.js'
import type { Handler } from '../types.js'
import { newRules } from './CreateProject.js'
import { projects } from '../../services/lookups/project.js'

export const CreateGroupRoles: Handler<'CreateGroupRoles'> = async (params, { tx, now }) => {
  const project = await projects.one(tx.db, params.project_id)
  const at = isoAt(now)
  const role = {
    group_role_id: newId('gr-'),
    project_id: project.project_id,
    group_role_name: params.group_role_name?.trim() ?? '',
    description: params.description?.trim() ?? '',
    role_type: params.role_type,
    status: 'enabled' as const,
    read_only: 0,
    preset: '' as const,
    create_time: at,
    status_time: at,
  }
  await insertRoles(tx, [role])
  await insertRules(tx, newRules(role, customRoleRules, at))
  return { group_role_ids: [role.group_role_id] }
}
