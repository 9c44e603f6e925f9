import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const GetTotalEstimatedConsumption = defineAction({
  name: 'GetTotalEstimatedConsumption',
  service: 'project',
  summary: 'Estimated consumption of a project: its resource count; prices are "0" (no billing).',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  partial: 'billing is out of scope: prices are always "0" and the set is empty (docs/compat.md#project-statistics)',
  params: {
    project_id: p.id('project').required().describe('the project'),
    root_user: p.string({ max: 64 }).describe("the owner's root user id (accepted)"),
    group_by: p.string({ max: 64 }).describe('grouping, e.g. resource_type (accepted)'),
    duration: p.string({ max: 16 }).describe('e.g. 7d (accepted)'),
    offset: p.offset(),
    limit: p.limit(100, 100),
  },
  response: {
    total_estimated_consumption_set: z.array(z.record(z.string(), z.unknown())),
    total_resource_count: z.number().int(),
    elastic_resource_count: z.number().int(),
    reserved_resource_count: z.number().int(),
    elastic_price: z.string(),
    reserved_price: z.string(),
    total_price: z.string(),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
