import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { alarmPeriods, alarmPolicyTypes } from '../../records/alarm.js'
import { actionFields, ruleFields } from './fields.js'

export const CreateAlarmPolicy = defineAction({
  name: 'CreateAlarmPolicy',
  service: 'alarm',
  summary: 'Create an alarm policy, with rules and actions if given; ApplyAlarmPolicy puts it in force.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy_type: p.enum(alarmPolicyTypes).required().describe('instance, eip or router'),
    period: p.enum(alarmPeriods).required().describe('check period, 1m or 5m'),
    alarm_policy_name: p.string({ max: 256 }).describe('name'),
    notice_count: p.int({ min: 1, max: 5 }).default(1).describe('how many times an alarm notifies while it lasts, one per period'),
    rules: p.objects(ruleFields, { maxItems: 20 }).describe('rules; any one holding raises the alarm'),
    actions: p.objects(actionFields, { maxItems: 20 }).describe('notification lists to tell of a status'),
  },
  response: {
    alarm_policy_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
