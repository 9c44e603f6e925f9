import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertRules, type RuleRow } from '../../db/stores/group-roles.js'
import type { Handler } from '../types.js'
import { projects, requireCustom, roles, sameProject } from '../../services/lookups/project.js'
import { checkedRule, echoed } from './principle.js'
import { ruleRecord } from './records.js'

export const AddGroupRoleRules: Handler<'AddGroupRoleRules'> = async (params, { tx, now }) => {
  const role = await roles.one(tx.db, params.group_role)
  sameProject([role], params.project_id, 'group_role')
  requireCustom(role)
  const project = await projects.one(tx.db, role.project_id)
  const at = isoAt(now)
  const row: RuleRow = {
    group_role_rule_id: newId('grr-'),
    group_role_id: role.group_role_id,
    project_id: role.project_id,
    ...checkedRule(params.policy, params.principle ?? ''),
    status: 'enabled',
    description: params.description?.trim() ?? '',
    create_time: at,
    status_time: at,
  }
  await insertRules(tx, [row])
  const record = ruleRecord(row, project.owner)
  return { ...record, principle: echoed(record.principle) as string }
}
