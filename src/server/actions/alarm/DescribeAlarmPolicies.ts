import { describeAlarmPolicies } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { policyRecords } from './policies.js'

export const DescribeAlarmPolicies: Handler<'DescribeAlarmPolicies'> = async (params, ctx) => {
  const { rows, total } = await describeAlarmPolicies(
    ctx.tx.db,
    {
      owner: ctx.caller.user_id,
      zone_id: ctx.zone,
      ids: params.alarm_policies,
      name: params.alarm_policy_name,
      type: params.alarm_policy_type,
      statuses: params.status,
      search_word: params.search_word,
    },
    { offset: params.offset, limit: params.limit, direction: params.reverse ? 'asc' : 'desc' },
  )
  return { alarm_policy_set: await policyRecords(ctx, rows), total_count: total }
}
