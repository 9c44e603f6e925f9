import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Alarm, alarmStatuses } from '../../records/alarm.js'

export const DescribeAlarms = defineAction({
  name: 'DescribeAlarms',
  service: 'alarm',
  summary: "List the caller's alarms (one per associated resource) with their status: ok, alarm or insufficient.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm' },
  params: {
    alarms: p.list(p.id('alarm')).describe('alarm IDs'),
    policy: p.id('alarm_policy').describe('only alarms of this policy'),
    status: p.enum(alarmStatuses).describe('only alarms in this status'),
    resource: p.id().describe('only the alarm of this resource'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    alarm_set: z.array(Alarm),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
