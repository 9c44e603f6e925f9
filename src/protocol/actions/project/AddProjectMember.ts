import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AddProjectMember = defineAction({
  name: 'AddProjectMember',
  service: 'project',
  summary: 'Add accounts to a project by e-mail or user name, each with a role of the project; all or nothing.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project_member', operation: 'modify' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    project_members: p
      .objects({
        project_member_info: p.string({ max: 256 }).required().describe("the account's e-mail or user name"),
        project_member_name: p.string({ max: 256 }).describe('display name'),
        project_member_type: p.enum(['user', 'user_group']).describe('user (default) or user_group'),
        role: p.id('group_role').required().describe('a role of this project (not the owner role)'),
      })
      .required()
      .describe('members to add'),
  },
  response: {
    project_member_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'ResourceAlreadyExists', 'PermissionDenied'],
})
