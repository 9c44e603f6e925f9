import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const RollbackSecurityGroup = defineAction({
  name: 'RollbackSecurityGroup',
  service: 'security_group',
  summary: "Replace a group's rules with new copies of a snapshot's; is_applied becomes 0 until ApplySecurityGroup.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group', operation: 'modify' },
  params: {
    security_group: p.id('security_group').required().describe('the group'),
    security_group_snapshot: p.id('security_group_snapshot').required().describe('a snapshot of that group'),
  },
  response: {
    security_group_id: z.string(),
    security_group_snapshot_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
