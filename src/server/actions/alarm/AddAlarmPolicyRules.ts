import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'
import { addRules } from './policies.js'

export const AddAlarmPolicyRules: Handler<'AddAlarmPolicyRules'> = async (params, ctx) => {
  const policy = await policyOf(ctx.tx.db, params.alarm_policy)
  return { alarm_policy_rules: await addRules(ctx, policy, params.rules) }
}
