import { deleteAlarmRules } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { ruleOf } from './lookups.js'
import { markChanged } from './policies.js'

export const DeleteAlarmPolicyRules: Handler<'DeleteAlarmPolicyRules'> = async (params, ctx) => {
  const rules = []
  for (const id of params.alarm_policy_rules) rules.push(await ruleOf(ctx.tx.db, id))
  await deleteAlarmRules(ctx.tx, params.alarm_policy_rules)
  for (const policy of new Set(rules.map((r) => r.alarm_policy_id))) await markChanged(ctx, policy)
  return { alarm_policy_rules: params.alarm_policy_rules }
}
