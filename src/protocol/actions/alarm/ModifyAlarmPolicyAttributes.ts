import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { alarmPeriods } from '../../records/alarm.js'

export const ModifyAlarmPolicyAttributes = defineAction({
  name: 'ModifyAlarmPolicyAttributes',
  service: 'alarm',
  summary: 'Rename an alarm policy or change its period or description; ApplyAlarmPolicy puts a new period in force.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
    alarm_policy_name: p.string({ max: 256 }).describe('new name'),
    period: p.enum(alarmPeriods).describe('new check period'),
    description: p.string({ max: 1024 }).describe('new description'),
  },
  response: {
    alarm_policy_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
