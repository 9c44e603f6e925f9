import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ApplyAlarmPolicy = defineAction({
  name: 'ApplyAlarmPolicy',
  service: 'alarm',
  summary: "Put an alarm policy's current rules, actions and period in force on its alarms.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound'],
})
