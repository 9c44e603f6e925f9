import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { SecurityGroupSnapshot } from '../../records/network.js'

export const DescribeSecurityGroupSnapshots = defineAction({
  name: 'DescribeSecurityGroupSnapshots',
  service: 'security_group',
  summary: 'List the snapshots of one security group with their rules, newest first.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_group: p.id('security_group').required().describe('the group'),
    security_group_snapshots: p.list(p.id('security_group_snapshot')).describe('snapshot IDs'),
    reverse: p.flag().describe('1 (the default) newest first, 0 oldest first'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    security_group_snapshot_set: z.array(SecurityGroupSnapshot),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
