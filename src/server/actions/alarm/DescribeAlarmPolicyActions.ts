import { wireTime } from '../../../protocol/time.js'
import { actionsOf, describeAlarmPolicies } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'

export const DescribeAlarmPolicyActions: Handler<'DescribeAlarmPolicyActions'> = async (params, { tx, caller, zone }) => {
  const mine = await describeAlarmPolicies(tx.db, { owner: caller.user_id, zone_id: zone }, { offset: 0, limit: 10_000, direction: 'asc' })
  const policies = mine.rows.map((r) => r.alarm_policy_id).filter((id) => params.alarm_policy === undefined || id === params.alarm_policy)
  const rows = await actionsOf(tx.db, { policies, ...(params.alarm_policy_actions ? { ids: params.alarm_policy_actions } : {}) })
  const page = rows.slice(params.offset, params.offset + params.limit).map((r) => ({ ...r, create_time: wireTime(r.create_time) }))
  return { alarm_policy_action_set: page, total_count: rows.length }
}
