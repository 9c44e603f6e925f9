import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ruleActions, ruleProtocols } from '../../records/network.js'

export const AddSecurityGroupRules = defineAction({
  name: 'AddSecurityGroupRules',
  service: 'security_group',
  summary: 'Add rules to a security group, all or none; they take effect on ApplySecurityGroup (is_applied becomes 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group', operation: 'modify' },
  // A rule's value may name an IP set (docs/compat.md#rule-defaults): it must be the group owner's.
  binds: { params: ['security_group', 'rules'] },
  params: {
    security_group: p.id('security_group').required().describe('the group'),
    rules: p
      .objects({
        protocol: p.enum(ruleProtocols).required().describe('tcp, udp, icmp, gre, esp, ah or ipip'),
        priority: p.int({ min: 0, max: 100 }).required().describe('0 (first) to 100 (last)'),
        security_group_rule_name: p.string({ max: 256 }).describe('rule name'),
        action: p.enum(ruleActions).describe('accept (default) or drop'),
        direction: p.int({ allowed: [0, 1] }).describe('0 inbound (default), 1 outbound'),
        val1: p
          .string({ max: 64 })
          .mayName('security_group_ipset')
          .describe('tcp/udp: first port (empty: all); icmp: type; or a port set ID (sgi-…)'),
        val2: p
          .string({ max: 64 })
          .mayName('security_group_ipset')
          .describe('tcp/udp: last port (empty: val1 only); icmp: code; or a port set ID (sgi-…)'),
        val3: p
          .string({ max: 64 })
          .mayName('security_group_ipset')
          .describe('IP address or CIDR of the peer; empty: any; or an IP set ID (sgi-…)'),
      })
      .required()
      .describe('the rules, `rules.N.field`'),
  },
  response: {
    security_group_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
