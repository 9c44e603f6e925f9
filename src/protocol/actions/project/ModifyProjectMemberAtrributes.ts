import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyProjectMemberAtrributes = defineAction({
  name: 'ModifyProjectMemberAtrributes',
  service: 'project',
  summary: "Rename a member or change its role (QingCloud's spelling; ModifyProjectMemberAttributes also works).",
  mode: 'sync',
  zone: 'optional',
  aliases: ['ModifyProjectMemberAttributes'],
  permission: { resource: 'project_member', operation: 'modify' },
  params: {
    project_member_id: p.id('project_member').required().describe('the member'),
    project_member_name: p.string({ max: 256 }).describe('new display name'),
    role_id: p.id('group_role').describe('new role'),
    role: p.id('group_role').describe('new role (the spelling of the docs’ example)'),
    project_id: p.id('project').describe('its project (optional: the member names it)'),
  },
  response: {
    project_member_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
