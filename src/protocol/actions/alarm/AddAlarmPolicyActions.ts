import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { actionFields } from './fields.js'

export const AddAlarmPolicyActions = defineAction({
  name: 'AddAlarmPolicyActions',
  service: 'alarm',
  summary: 'Add actions (a notification list told of a status) to an alarm policy.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
    actions: p.objects(actionFields, { maxItems: 20 }).required().describe('the actions'),
  },
  response: {
    alarm_policy_actions: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
