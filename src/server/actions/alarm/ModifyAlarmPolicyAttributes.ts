import { updateAlarmPolicy } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'

export const ModifyAlarmPolicyAttributes: Handler<'ModifyAlarmPolicyAttributes'> = async (params, { tx }) => {
  const policy = await policyOf(tx.db, params.alarm_policy)
  await updateAlarmPolicy(tx, policy.alarm_policy_id, {
    ...(params.alarm_policy_name !== undefined ? { alarm_policy_name: params.alarm_policy_name.trim() } : {}),
    ...(params.description !== undefined ? { description: params.description } : {}),
    ...(params.period !== undefined && params.period !== policy.period ? { period: params.period, is_applied: 0 } : {}),
  })
  return { alarm_policy_id: policy.alarm_policy_id }
}
