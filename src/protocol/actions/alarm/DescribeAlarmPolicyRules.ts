import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AlarmPolicyRule } from '../../records/alarm.js'

export const DescribeAlarmPolicyRules = defineAction({
  name: 'DescribeAlarmPolicyRules',
  service: 'alarm',
  summary: "List the rules of the caller's alarm policies.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy_rule' },
  params: {
    alarm_policy: p.id('alarm_policy').describe('only rules of this policy'),
    alarm_policy_rules: p.list(p.id('alarm_policy_rule')).describe('rule IDs'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    alarm_policy_rule_set: z.array(AlarmPolicyRule),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
