import { deleteRules } from '../../db/stores/group-roles.js'
import type { Handler } from '../types.js'
import { requireCustom, roles, rules, sameProject } from '../../services/lookups/project.js'

export const DeleteGroupRoleRules: Handler<'DeleteGroupRoleRules'> = async (params, { tx }) => {
  const rows = await rules.all(tx.db, params.group_role_rules)
  sameProject(rows, params.project_id, 'group_role_rules')
  const owning = await roles.all(tx.db, [...new Set(rows.map((r) => r.group_role_id))])
  for (const role of owning) requireCustom(role)
  await deleteRules(
    tx,
    rows.map((r) => r.group_role_rule_id),
  )
  return { group_role_ids: owning.map((r) => r.group_role_id), group_role_rule_ids: rows.map((r) => r.group_role_rule_id) }
}
