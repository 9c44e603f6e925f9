import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { GroupRole, ruleStatuses } from '../../records/project.js'

export const DescribeGroupRoles = defineAction({
  name: 'DescribeGroupRoles',
  service: 'project',
  summary: 'List the roles of a project (or of every project the caller is in); verbose=1 adds their rules.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role' },
  params: {
    project_id: p.id('project').describe('the project; absent: every project the caller owns or is a member of'),
    group_roles: p.list(p.id('group_role')).describe('role IDs; the owner role is listed only when named'),
    status: p.list(p.enum(ruleStatuses)).describe('role statuses'),
    search_word: p.searchWord(),
    ...p.listing(),
  },
  response: {
    group_role_set: z.array(GroupRole),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
