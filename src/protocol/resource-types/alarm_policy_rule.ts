import { AlarmPolicyRule } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const alarm_policy_rule = defineResourceType({
  prefix: 'alpr-',
  label: 'alarm policy rule',
  records: { schema: AlarmPolicyRule, setKey: 'alarm_policy_rule_set', idField: 'alarm_policy_rule_id' },
})
