import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteGroupRoleRules = defineAction({
  name: 'DeleteGroupRoleRules',
  service: 'project',
  summary: 'Delete rules of custom roles; the next request of a member no longer has what they granted.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role_rule', operation: 'delete' },
  params: {
    group_role_rules: p.list(p.id('group_role_rule')).required().describe('rules to delete'),
    group_roles: p.list(p.id('group_role')).describe('their roles (optional)'),
    project_id: p.id('project').describe('their project (optional)'),
  },
  response: {
    group_role_ids: z.array(z.string()),
    group_role_rule_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
