import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DescribeProjectResourceZones = defineAction({
  name: 'DescribeProjectResourceZones',
  service: 'project',
  summary: "The zones where a project's items live, sorted; [] when it has none.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_id: p.id('project').required().describe('the project'),
  },
  response: {
    project_resource_zones_set: z.array(z.string()),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
