import { isoAt } from '../../domain/clock.js'
import { updateRule, type RuleRow } from '../../db/stores/group-roles.js'
import { wireTime } from '../../../protocol/time.js'
import type { Handler } from '../types.js'
import { requireCustom, roles, rules, sameProject } from '../../services/lookups/project.js'
import { checkedRule } from './principle.js'

/** Applies every field given and answers the rule after the change (docs/compat.md#rule-times). */
export const ModifyGroupRoleRuleAttributes: Handler<'ModifyGroupRoleRuleAttributes'> = async (params, { tx, now }) => {
  const rule = await rules.one(tx.db, params.group_role_rule)
  sameProject([rule], params.project_id, 'group_role_rule')
  requireCustom(await roles.one(tx.db, rule.group_role_id))
  const changes: Partial<RuleRow> = {}
  if (params.policy !== undefined || params.principle !== undefined) {
    Object.assign(changes, checkedRule(params.policy ?? rule.policy, params.principle ?? rule.principle))
  }
  if (params.status !== undefined) changes.status = params.status
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) changes.status_time = isoAt(now)
  await updateRule(tx, rule.group_role_rule_id, changes)
  const after = { ...rule, ...changes }
  return {
    group_role_rule_id: after.group_role_rule_id,
    policy: after.policy,
    principle: after.principle,
    status: after.status,
    description: after.description,
    status_time: wireTime(after.status_time),
  }
}
