import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { presetRoles } from '../../domain/projects.js'
import { insertRoles, insertRules, type RoleRow, type RuleRow } from '../../db/stores/group-roles.js'
import { insertMembers, insertProject } from '../../db/stores/projects.js'
import { findUser } from '../../db/stores/users.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { metaText } from './records.js'

/** Rule rows for a role, one per policy, enabled, with an empty principle. */
export function newRules(role: Pick<RoleRow, 'group_role_id' | 'project_id'>, policies: readonly string[], at: string): RuleRow[] {
  return policies.map((policy) => ({
    group_role_rule_id: newId('grr-'),
    group_role_id: role.group_role_id,
    project_id: role.project_id,
    policy,
    principle: '',
    status: 'enabled',
    description: null,
    create_time: at,
    status_time: at,
  }))
}

export const CreateProject: Handler<'CreateProject'> = async (params, ctx) => {
  const { tx, caller, now } = ctx
  await requireQuota(ctx, { project: 1 })
  const at = isoAt(now)
  const project_id = newId('pj-')
  await insertProject(tx, {
    project_id,
    project_name: params.project_name?.trim() ?? '',
    description: params.description?.trim() ?? '',
    meta: metaText(params.meta, params.color) ?? '[]',
    status: 'active',
    enabled: 1,
    resource_group_id: newId('rg-'),
    owner: caller.user_id,
    create_time: at,
    status_time: at,
  })
  // The owner role and the presets (docs/compat.md#preset-roles), each with its fixed rules.
  const roles: RoleRow[] = presetRoles.map(({ preset }) => ({
    group_role_id: newId('gr-'),
    project_id,
    group_role_name: preset,
    description: '',
    role_type: 'rule',
    status: 'enabled',
    read_only: 1,
    preset,
    create_time: at,
    status_time: at,
  }))
  await insertRoles(tx, roles)
  await insertRules(
    tx,
    roles.flatMap((role, i) => newRules(role, presetRoles[i]!.policies, at)),
  )
  const user = await findUser(tx.db, caller.user_id)
  await insertMembers(tx, [
    {
      project_member_id: newId('pm-'),
      project_id,
      project_member_user_id: caller.user_id,
      project_member_name: user?.user_name ?? '',
      project_member_info: user?.email ?? '',
      project_member_type: 'user',
      role: roles[0]!.group_role_id,
      user_group_id: newId('ug-'),
      is_project_owner: 1,
      description: '',
      enabled: 1,
      create_time: at,
    },
  ])
  return { project_id }
}
