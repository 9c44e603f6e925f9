import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DissociateAlarmPolicy = defineAction({
  name: 'DissociateAlarmPolicy',
  service: 'alarm',
  summary: 'Dissociate an alarm policy from resources: their alarms go.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
    resources: p.list(p.id('any'), { maxItems: 100 }).required().describe('resource IDs'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound'],
})
