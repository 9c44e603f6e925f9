import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AlarmPolicyAction } from '../../records/alarm.js'

export const DescribeAlarmPolicyActions = defineAction({
  name: 'DescribeAlarmPolicyActions',
  service: 'alarm',
  summary: "List the actions of the caller's alarm policies.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy_action' },
  params: {
    alarm_policy: p.id('alarm_policy').describe('only actions of this policy'),
    alarm_policy_actions: p.list(p.id('alarm_policy_action')).describe('action IDs'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    alarm_policy_action_set: z.array(AlarmPolicyAction),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
