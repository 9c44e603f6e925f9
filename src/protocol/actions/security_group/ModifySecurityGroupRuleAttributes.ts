import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ruleActions, ruleProtocols } from '../../records/network.js'

export const ModifySecurityGroupRuleAttributes = defineAction({
  name: 'ModifySecurityGroupRuleAttributes',
  service: 'security_group',
  summary: "Change one rule's fields; the result is checked as a new rule would be, and its group's is_applied becomes 0.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  // A rule's value may name an IP set (docs/compat.md#rule-defaults): it must be the rule owner's.
  binds: { params: ['security_group_rule', 'val1', 'val2', 'val3'] },
  params: {
    security_group_rule: p.id('security_group_rule').required().describe('one rule ID'),
    security_group: p.id('security_group').describe("the rule's group (Go sends it); another group is an error"),
    security_group_rule_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    priority: p.int({ min: 0, max: 100 }).describe('0 (first) to 100 (last)'),
    rule_action: p.enum(ruleActions).describe('accept or drop'),
    direction: p.int({ allowed: [0, 1] }).describe('0 inbound, 1 outbound'),
    protocol: p.enum(ruleProtocols).describe('tcp, udp, icmp, gre, esp, ah or ipip'),
    val1: p
      .string({ max: 64 })
      .keepEmpty()
      .mayName('security_group_ipset')
      .describe('tcp/udp: first port; icmp: type; or a port set ID (sgi-…)'),
    val2: p
      .string({ max: 64 })
      .keepEmpty()
      .mayName('security_group_ipset')
      .describe('tcp/udp: last port; icmp: code; or a port set ID (sgi-…)'),
    val3: p
      .string({ max: 64 })
      .keepEmpty()
      .mayName('security_group_ipset')
      .describe('IP address or CIDR of the peer; or an IP set ID (sgi-…)'),
    // Not in QingCloud's table (docs/compat.md#disabled-rules); QingCloud's CLI sends it (-D/-E). Snapshot rules
    // carry the same field (docs/compat.md#disabled-rules). Like any rule change it takes effect with ApplySecurityGroup.
    disabled: p.int({ allowed: [0, 1] }).describe('1 disables the rule (kept, not applied), 0 enables it'),
  },
  response: {
    security_group_rule_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
