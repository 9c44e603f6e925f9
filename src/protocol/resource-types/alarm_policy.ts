import { AlarmPolicy } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const alarm_policy = defineResourceType({
  prefix: 'alp-',
  label: 'alarm policy',
  records: { schema: AlarmPolicy, setKey: 'alarm_policy_set', idField: 'alarm_policy_id' },
})
