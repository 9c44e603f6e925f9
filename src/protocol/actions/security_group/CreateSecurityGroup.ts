import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateSecurityGroup = defineAction({
  name: 'CreateSecurityGroup',
  service: 'security_group',
  summary: 'Create a security group with no rules: every port stays closed until rules are added and applied.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group', operation: 'modify' },
  params: {
    security_group_name: p.string({ max: 256 }).describe('name of the new group; names need not be unique'),
  },
  response: {
    security_group_id: z.string(),
  },
  errors: ['InvalidParameter', 'QuotaExceeded'],
})
