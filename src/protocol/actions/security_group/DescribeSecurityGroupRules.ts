import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { SecurityGroupRule } from '../../records/network.js'

export const DescribeSecurityGroupRules = defineAction({
  name: 'DescribeSecurityGroupRules',
  service: 'security_group',
  summary: "List rules of the caller's security groups by priority; direction filters only when sent.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_group: p.id('security_group').describe('only rules of this group; an unknown ID is an error'),
    security_group_rules: p.list(p.id('security_group_rule')).describe('rule IDs'),
    direction: p.int({ allowed: [0, 1] }).describe('0 inbound, 1 outbound'),
    owner: p.id('user').describe('only rules of this user'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    security_group_rule_set: z.array(SecurityGroupRule),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
