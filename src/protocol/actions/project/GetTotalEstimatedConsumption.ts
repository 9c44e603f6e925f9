import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/** One group of a project's items and what they cost over the duration (docs/compat.md#project-consumption). */
export const EstimatedConsumption = z
  .object({
    resource_count: z.number().int(),
    elastic_price: z.string(),
    reserved_price: z.string(),
    total_price: z.string(),
  })
  .catchall(z.union([z.string(), z.number()]))

export const GetTotalEstimatedConsumption = defineAction({
  name: 'GetTotalEstimatedConsumption',
  service: 'project',
  summary:
    "What a project's current items were charged over the last `duration` (all so far without it), grouped by type, resource or zone.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    root_user: p.string({ max: 64 }).describe("the owner's root user id (accepted)"),
    group_by: p.enum(['resource_type', 'resource_id', 'zone_id']).default('resource_type').describe('how the set groups the items'),
    duration: p
      .string({ max: 16, pattern: /^\d{1,5}[hdw]$/, patternDoc: 'a number of hours, days or weeks such as 24h, 7d or 2w' })
      .describe('the window ending now, e.g. 7d; default: every charge so far'),
    offset: p.offset(),
    limit: p.limit(100, 100),
  },
  response: {
    total_estimated_consumption_set: z.array(EstimatedConsumption),
    total_resource_count: z.number().int(),
    elastic_resource_count: z.number().int(),
    reserved_resource_count: z.number().int(),
    elastic_price: z.string(),
    reserved_price: z.string(),
    total_price: z.string(),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
