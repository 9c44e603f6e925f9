import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteGroupRoles = defineAction({
  name: 'DeleteGroupRoles',
  service: 'project',
  summary: 'Delete custom roles with their rules; preset roles and roles members hold are refused.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role', operation: 'delete' },
  params: {
    group_roles: p.list(p.id('group_role')).required().describe('roles to delete'),
    project_id: p.id('project').describe('their project (optional: the roles name it)'),
  },
  response: {
    group_role_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
