import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ruleStatuses } from '../../records/project.js'

export const ModifyGroupRoleAttributes = defineAction({
  name: 'ModifyGroupRoleAttributes',
  service: 'project',
  summary: 'Rename, re-describe, enable or disable a custom role; preset roles cannot change.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role', operation: 'modify' },
  params: {
    group_role: p.id('group_role').required().describe('the role'),
    project_id: p.id('project').describe('its project (optional: the role names it)'),
    group_role_name: p.string({ max: 256 }).describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description; empty clears it'),
    status: p.enum(ruleStatuses).describe('enabled or disabled; a disabled role grants nothing'),
  },
  response: {
    group_role_id: z.string(),
    group_role_name: z.string(),
    description: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
