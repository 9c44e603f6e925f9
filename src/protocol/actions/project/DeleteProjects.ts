import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteProjects = defineAction({
  name: 'DeleteProjects',
  service: 'project',
  summary: 'Delete empty projects (no items, no members besides the owner, no custom roles); owner only, all or nothing.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project', operation: 'delete', owner_only: true },
  params: {
    project_ids: p.list(p.id('project')).required().describe('projects to delete'),
  },
  response: {
    project_ids: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
