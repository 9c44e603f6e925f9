import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'

export const ApplyAlarmPolicy: Handler<'ApplyAlarmPolicy'> = async (params, ctx) => {
  const policy = await policyOf(ctx.tx.db, params.alarm_policy)
  const job_id = await ctx.enqueueJob({ resource_ids: [policy.alarm_policy_id], directive: { alarm_policy: policy.alarm_policy_id } })
  return { job_id }
}
