import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'
import { addActions } from './policies.js'

export const AddAlarmPolicyActions: Handler<'AddAlarmPolicyActions'> = async (params, ctx) => {
  const policy = await policyOf(ctx.tx.db, params.alarm_policy)
  return { alarm_policy_actions: await addActions(ctx, policy, params.actions) }
}
