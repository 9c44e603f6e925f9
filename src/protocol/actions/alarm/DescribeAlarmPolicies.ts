import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AlarmPolicy, alarmPolicyTypes } from '../../records/alarm.js'

export const DescribeAlarmPolicies = defineAction({
  name: 'DescribeAlarmPolicies',
  service: 'alarm',
  summary: "List the caller's alarm policies; `resources` names what each is associated with.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'alarm_policy' },
  params: {
    alarm_policies: p.list(p.id('alarm_policy')).describe('alarm policy IDs'),
    alarm_policy_name: p.string({ max: 256 }).describe('exact name'),
    alarm_policy_type: p.enum(alarmPolicyTypes).describe('only this type'),
    status: p.list(p.enum(['active', 'deleted', 'ceased'])).describe('only these statuses'),
    search_word: p.searchWord(),
    ...p.listing(),
  },
  response: {
    alarm_policy_set: z.array(AlarmPolicy),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
