import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { SecurityGroupIpset } from '../../records/network.js'

export const DescribeSecurityGroupIPSets = defineAction({
  name: 'DescribeSecurityGroupIPSets',
  service: 'security_group',
  summary: "List the caller's IP and port sets; verbose=1 adds the groups whose rules use each.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group_ipset' },
  params: {
    security_group_ipsets: p.list(p.id('security_group_ipset')).describe('set IDs; an unknown ID is an error'),
    ipset_type: p.int({ allowed: [0, 1] }).describe('0 IP sets, 1 port sets'),
    security_group_ipset_name: p.string({ max: 256 }).describe('part of the name'),
    tags: p.list(p.id('tag')).describe('only sets bound to any of these tags'),
    owner: p.id('user').describe('only sets of this user'),
    verbose: p.verbose(),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    security_group_ipset_set: z.array(SecurityGroupIpset),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
