import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AddProjectResourceItems = defineAction({
  name: 'AddProjectResourceItems',
  service: 'project',
  summary: "Add the owner's resources to a project; key pairs, security groups, vxnets and routers may be in several.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project', operation: 'modify', owner_only: true },
  params: {
    project_id: p.id('project').required().describe('the project'),
    resources: p.list(p.id()).required().describe('resource IDs; the type follows from the prefix'),
  },
  response: {
    project_id: z.string(),
    resource_ids: z.array(z.string()),
    zone_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
