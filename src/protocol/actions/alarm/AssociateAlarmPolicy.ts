import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AssociateAlarmPolicy = defineAction({
  name: 'AssociateAlarmPolicy',
  service: 'alarm',
  summary: 'Associate an alarm policy with resources of its type: each gets one alarm.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
    resources: p.list(p.id('any'), { maxItems: 100 }).required().describe('instance, EIP or router IDs, of the policy type'),
    related_resource: p.string({ max: 128 }).describe('for load balancers; unused'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
