import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { alarmStatuses } from '../../records/alarm.js'

export const ModifyAlarmPolicyActionAttributes = defineAction({
  name: 'ModifyAlarmPolicyActionAttributes',
  service: 'alarm',
  summary: 'Change an action of an alarm policy.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy_action: p.id('alarm_policy_action').required().describe('the action'),
    trigger_action: p.id('notification_list').describe('the notification list'),
    trigger_status: p.enum(alarmStatuses).describe('ok, alarm or insufficient'),
  },
  response: {
    alarm_policy_action_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
