import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteAlarmPolicyRules = defineAction({
  name: 'DeleteAlarmPolicyRules',
  service: 'alarm',
  summary: 'Delete rules of alarm policies; ApplyAlarmPolicy puts the change in force.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy_rules: p.list(p.id('alarm_policy_rule')).required().describe('rule IDs'),
  },
  response: {
    alarm_policy_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound'],
})
