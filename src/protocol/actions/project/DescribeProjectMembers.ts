import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ProjectMember } from '../../records/project.js'

export const DescribeProjectMembers = defineAction({
  name: 'DescribeProjectMembers',
  service: 'project',
  summary: 'List the members of a project, its owner included.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project_member' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    project_member_ids: p.list(p.id('project_member')).describe('only these members'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    project_member_set: z.array(ProjectMember),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
