import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertAlarmPolicy, type AlarmPolicyRow } from '../../db/stores/alarms.js'
import { registerNew } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { addActions, addRules } from './policies.js'

export const CreateAlarmPolicy: Handler<'CreateAlarmPolicy'> = async (params, ctx) => {
  const at = isoAt(ctx.now)
  const row: AlarmPolicyRow = {
    alarm_policy_id: newId('alp-'),
    alarm_policy_name: params.alarm_policy_name?.trim() ?? '',
    alarm_policy_type: params.alarm_policy_type,
    period: params.period,
    notice_count: params.notice_count,
    description: '',
    is_applied: 0,
    applied_config: null,
    status: 'active',
    owner: ctx.caller.user_id,
    zone_id: ctx.zone,
    create_time: at,
    status_time: at,
  }
  await insertAlarmPolicy(ctx.tx, row)
  await registerNew(ctx, 'alarm_policy', [row.alarm_policy_id], { owner: row.owner, zone_id: row.zone_id, create_time: at })
  if (params.rules?.length) await addRules(ctx, row, params.rules)
  if (params.actions?.length) await addActions(ctx, row, params.actions)
  return { alarm_policy_id: row.alarm_policy_id }
}
