import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteSecurityGroups = defineAction({
  name: 'DeleteSecurityGroups',
  service: 'security_group',
  summary: 'Delete security groups and their rules; a group in use, or the default group, is refused and nothing is deleted.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_groups: p.list(p.id('security_group')).required().describe('group IDs, none in use'),
  },
  response: {
    security_groups: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
