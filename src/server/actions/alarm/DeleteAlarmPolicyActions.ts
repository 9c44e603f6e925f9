import { deleteAlarmActions } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { actionOf } from './lookups.js'
import { markChanged } from './policies.js'

export const DeleteAlarmPolicyActions: Handler<'DeleteAlarmPolicyActions'> = async (params, ctx) => {
  const actions = []
  for (const id of params.alarm_policy_actions) actions.push(await actionOf(ctx.tx.db, id))
  await deleteAlarmActions(ctx.tx, { ids: params.alarm_policy_actions })
  for (const policy of new Set(actions.map((a) => a.alarm_policy_id))) await markChanged(ctx, policy)
  return { alarm_policy_actions: params.alarm_policy_actions }
}
