import { Alarm } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const alarm = defineResourceType({
  prefix: 'alm-',
  label: 'alarm',
  records: { schema: Alarm, setKey: 'alarm_set', idField: 'alarm_id' },
})
