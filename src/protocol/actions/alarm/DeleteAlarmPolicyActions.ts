import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteAlarmPolicyActions = defineAction({
  name: 'DeleteAlarmPolicyActions',
  service: 'alarm',
  summary: 'Delete actions of alarm policies.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy_actions: p.list(p.id('alarm_policy_action')).required().describe('action IDs'),
  },
  response: {
    alarm_policy_actions: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound'],
})
