import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteProjectMembers = defineAction({
  name: 'DeleteProjectMembers',
  service: 'project',
  summary: 'Remove members from a project; their next request no longer reaches its resources. The owner stays.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project_member', operation: 'delete' },
  params: {
    project_member_ids: p.list(p.id('project_member')).required().describe('members to remove'),
    user_group_id: p.string({ max: 64 }).describe('accepted and ignored (docs/compat.md#member-types)'),
    project_id: p.id('project').describe('their project (optional)'),
  },
  response: {
    project_member_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
