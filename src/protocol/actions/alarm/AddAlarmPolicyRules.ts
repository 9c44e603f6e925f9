import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ruleFields } from './fields.js'

export const AddAlarmPolicyRules = defineAction({
  name: 'AddAlarmPolicyRules',
  service: 'alarm',
  summary: 'Add rules to an alarm policy; ApplyAlarmPolicy puts them in force.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy: p.id('alarm_policy').required().describe('the policy'),
    rules: p.objects(ruleFields, { maxItems: 20 }).required().describe('the rules'),
  },
  response: {
    alarm_policy_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
