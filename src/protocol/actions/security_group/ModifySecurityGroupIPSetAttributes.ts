import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifySecurityGroupIPSetAttributes = defineAction({
  name: 'ModifySecurityGroupIPSetAttributes',
  service: 'security_group',
  summary: 'Rename, describe or change the entries of one set; groups using it get is_applied 0 when the entries change.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group_ipset' },
  params: {
    security_group_ipset: p.id('security_group_ipset').required().describe('one set ID'),
    security_group_ipset_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
    val: p.string({ max: 8192 }).describe('new entries'),
  },
  response: {
    security_group_ipset_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
