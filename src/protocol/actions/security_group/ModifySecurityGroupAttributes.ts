import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifySecurityGroupAttributes = defineAction({
  name: 'ModifySecurityGroupAttributes',
  service: 'security_group',
  summary: 'Rename or describe one security group; absent fields stay, an empty description clears it.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_group: p.id('security_group').required().describe('one group ID'),
    security_group_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {
    security_group_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
