import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteAlarmPolicies = defineAction({
  name: 'DeleteAlarmPolicies',
  service: 'alarm',
  summary: 'Delete alarm policies that no resource is associated with.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy' },
  params: {
    alarm_policies: p.list(p.id('alarm_policy')).required().describe('alarm policy IDs'),
  },
  response: {
    alarm_policies: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
