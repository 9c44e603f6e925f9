import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateSecurityGroupSnapshot = defineAction({
  name: 'CreateSecurityGroupSnapshot',
  service: 'security_group',
  summary: "Save a copy of a security group's current rules, to roll back to later.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group', operation: 'modify' },
  params: {
    security_group: p.id('security_group').required().describe('the group'),
    name: p.string({ max: 256 }).describe('snapshot name'),
  },
  response: {
    security_group_snapshot_id: z.string(),
    security_group_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
