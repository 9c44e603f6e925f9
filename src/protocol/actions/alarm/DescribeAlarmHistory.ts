import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AlarmHistory, historyTypes } from '../../records/alarm.js'

export const DescribeAlarmHistory = defineAction({
  name: 'DescribeAlarmHistory',
  service: 'alarm',
  summary: "An alarm's history: configuration updates, status changes and notifications sent, newest first.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm' },
  params: {
    alarm: p.id('alarm').required().describe('the alarm'),
    history_type: p.enum(historyTypes).describe('trigger_action, status_change or config_update'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    alarm_history_set: z.array(AlarmHistory),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
