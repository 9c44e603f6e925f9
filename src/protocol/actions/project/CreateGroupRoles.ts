import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateGroupRoles = defineAction({
  name: 'CreateGroupRoles',
  service: 'project',
  summary: 'Create a custom role in a project; it starts with the rules all.describe and monitor.describe.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role', operation: 'modify' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    role_type: p.enum(['rule']).required().describe('role type; only rule'),
    group_role_name: p.string({ max: 256 }).describe('role name'),
    description: p.string({ max: 1024 }).describe('role description'),
  },
  response: {
    group_role_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
