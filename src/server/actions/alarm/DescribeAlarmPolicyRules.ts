import { describeAlarmPolicies, rulesOf } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { ruleRecord } from './policies.js'

export const DescribeAlarmPolicyRules: Handler<'DescribeAlarmPolicyRules'> = async (params, { tx, caller, zone }) => {
  const mine = await describeAlarmPolicies(tx.db, { owner: caller.user_id, zone_id: zone }, { offset: 0, limit: 10_000, direction: 'asc' })
  const policies = mine.rows.map((r) => r.alarm_policy_id).filter((id) => params.alarm_policy === undefined || id === params.alarm_policy)
  const rows = await rulesOf(tx.db, { policies, ...(params.alarm_policy_rules ? { ids: params.alarm_policy_rules } : {}) })
  return { alarm_policy_rule_set: rows.slice(params.offset, params.offset + params.limit).map(ruleRecord), total_count: rows.length }
}
