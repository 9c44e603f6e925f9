import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteSecurityGroupRules = defineAction({
  name: 'DeleteSecurityGroupRules',
  service: 'security_group',
  summary: 'Delete rules, possibly of several groups; each group concerned gets is_applied 0.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group' },
  params: {
    security_group_rules: p.list(p.id('security_group_rule')).required().describe('rule IDs'),
  },
  response: {
    security_group_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
