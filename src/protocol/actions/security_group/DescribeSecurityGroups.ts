import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { SecurityGroup } from '../../records/network.js'

export const DescribeSecurityGroups = defineAction({
  name: 'DescribeSecurityGroups',
  service: 'security_group',
  summary: "List the caller's security groups in a zone, the default group included; verbose=1 adds what uses each.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  // The user's default group is created on first sight (docs/compat.md#default-security-group).
  writesDefaults: true,
  params: {
    security_groups: p.list(p.id('security_group')).describe('group IDs; an unknown ID is an error'),
    // Not in QingCloud's table (docs/compat.md#security-group-name-filter); the Python SDK sends it as "the name of the
    // security group": an exact match (docs/compat.md).
    security_group_name: p.string({ max: 256 }).describe('only groups of exactly this name'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only groups bound to any of these tags'),
    owner: p.id('user').describe('only groups of this user'),
    ...p.listing(),
  },
  response: {
    security_group_set: z.array(SecurityGroup),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
