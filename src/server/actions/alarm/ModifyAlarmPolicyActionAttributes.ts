import { updateAlarmAction } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { actionOf } from './lookups.js'
import { markChanged } from './policies.js'

export const ModifyAlarmPolicyActionAttributes: Handler<'ModifyAlarmPolicyActionAttributes'> = async (params, ctx) => {
  const action = await actionOf(ctx.tx.db, params.alarm_policy_action)
  await updateAlarmAction(ctx.tx, action.alarm_policy_action_id, {
    ...(params.trigger_action !== undefined ? { trigger_action: params.trigger_action } : {}),
    ...(params.trigger_status !== undefined ? { trigger_status: params.trigger_status } : {}),
  })
  await markChanged(ctx, action.alarm_policy_id)
  return { alarm_policy_action_id: action.alarm_policy_action_id }
}
