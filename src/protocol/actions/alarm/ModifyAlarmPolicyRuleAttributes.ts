import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { alarmLevels, conditionTypes, dataProcessors } from '../../records/alarm.js'
import { ruleFields } from './fields.js'

export const ModifyAlarmPolicyRuleAttributes = defineAction({
  name: 'ModifyAlarmPolicyRuleAttributes',
  service: 'alarm',
  summary: 'Change a rule of an alarm policy; ApplyAlarmPolicy puts the change in force.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy', operation: 'modify' },
  params: {
    alarm_policy_rule: p.id('alarm_policy_rule').required().describe('the rule'),
    alarm_policy_rule_name: p.string({ max: 256 }).describe('new name'),
    condition_type: p.enum(conditionTypes).describe('gt or lt'),
    thresholds: p.int({ min: 0, max: 1_000_000_000_000 }).describe('new threshold'),
    data_processor: p.enum(dataProcessors).describe('raw or percent'),
    consecutive_periods: p.int({ min: 1, max: 100 }).describe('periods in a row'),
    period_start_hhmm: ruleFields.period_start_hhmm,
    period_end_hhmm: ruleFields.period_end_hhmm,
    alarm_level_id: p.enum(alarmLevels).describe('level'),
  },
  response: {
    alarm_policy_rule_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
