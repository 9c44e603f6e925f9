import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { timeParam } from './times.js'

/** Dimensions GetChargeSums groups by; `reousrce_type` is the spelling of QingCloud's own example (docs/compat.md#billing-sums). */
export const chargeGroups = ['project_id', 'resource_id', 'zone_id', 'user_id', 'resource_type', 'reousrce_type'] as const

export const ChargeSum = z
  .object({
    fee: z.string(),
    total: z.string(),
    root_user_id: z.string(),
  })
  .catchall(z.string())

export const GetChargeSums = defineAction({
  name: 'GetChargeSums',
  service: 'billing',
  summary: 'Sums of the charges made so far, per period (daily … yearly, or total) and grouped by project, resource, type, zone or user.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'user' },
  params: {
    duration: p.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'total']).required().describe('the period each sum covers'),
    group_by: p.list(p.enum(chargeGroups), { maxItems: 5 }).describe('dimensions to sum by; none: one sum per period'),
    user: p.list(p.id(), { maxItems: 10 }).describe("sub-accounts: only the caller's own id (docs/compat.md#billing-visibility)"),
    root_user: p.id().describe("the account: only the caller's own id"),
    project_id: p
      .list(p.id(), { maxItems: 10 })
      .describe("the charges of these projects' current items (members: the types their role may describe)"),
    resource_type: p.list(p.string({ max: 32 }), { maxItems: 10 }).describe('only these types (instance, volume, eip, router)'),
    resource: p.list(p.id(), { maxItems: 100 }).describe('only these resources'),
    start_time: timeParam('only charges ending after this time'),
    end_time: timeParam('only charges ending at or before this time; default now'),
    offset: p.offset(),
    limit: p.limit(100, 1000),
  },
  response: {
    charge_sum_set: z.record(z.string(), z.array(ChargeSum)),
    total_sum: z.string(),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'PermissionDenied', 'ResourceNotFound'],
})
