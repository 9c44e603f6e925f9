import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteProjectResourceItems = defineAction({
  name: 'DeleteProjectResourceItems',
  service: 'project',
  summary: 'Remove resources from projects (owner or project administrator); removing a non-item is a no-op.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project', operation: 'delete' },
  params: {
    project_id: p.list(p.id('project')).required().describe('the projects (Go sends project_id.1=…)'),
    resources: p.list(p.id()).required().describe('resource IDs'),
  },
  response: {
    project_id: z.array(z.string()),
    resource_ids: z.array(z.string()),
    zone_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
