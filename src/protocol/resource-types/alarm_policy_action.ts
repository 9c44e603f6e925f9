import { AlarmPolicyAction } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const alarm_policy_action = defineResourceType({
  prefix: 'alpa-',
  label: 'alarm policy action',
  records: { schema: AlarmPolicyAction, setKey: 'alarm_policy_action_set', idField: 'alarm_policy_action_id' },
})
