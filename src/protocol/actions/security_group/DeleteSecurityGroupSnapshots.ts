import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteSecurityGroupSnapshots = defineAction({
  name: 'DeleteSecurityGroupSnapshots',
  service: 'security_group',
  summary: 'Delete security group snapshots.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_group_snapshots: p.list(p.id('security_group_snapshot')).required().describe('snapshot IDs'),
  },
  response: {
    security_group_snapshots: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
