import { updateAlarmRule } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { ruleOf } from './lookups.js'
import { markChanged } from './policies.js'

export const ModifyAlarmPolicyRuleAttributes: Handler<'ModifyAlarmPolicyRuleAttributes'> = async (params, ctx) => {
  const rule = await ruleOf(ctx.tx.db, params.alarm_policy_rule)
  const { alarm_policy_rule: _id, thresholds, ...rest } = params
  const changes = Object.fromEntries(
    Object.entries({ ...rest, ...(thresholds !== undefined ? { thresholds: String(thresholds) } : {}) }).filter(([, v]) => v !== undefined),
  )
  await updateAlarmRule(ctx.tx, rule.alarm_policy_rule_id, changes)
  await markChanged(ctx, rule.alarm_policy_id)
  return { alarm_policy_rule_id: rule.alarm_policy_rule_id }
}
