import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { timeParam } from './times.js'

export const ChargeRecord = z.object({
  user_id: z.string(),
  resource_id: z.string(),
  resource_name: z.string(),
  resource_type: z.string(),
  contract_id: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  currency: z.string(),
  duration: z.string(),
  price: z.string(),
  fee: z.string(),
  total_sum: z.number(),
  unit: z.string(),
  remarks: z.string(),
  zone_id: z.string(),
})

export const GetChargeRecords = defineAction({
  name: 'GetChargeRecords',
  service: 'billing',
  summary: "A resource's hourly charges made so far on the server's clock, oldest first, with their sum.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'user' },
  params: {
    resource: p.id().required().describe('the resource: an instance, volume, EIP or router'),
    start_time: timeParam('only charges ending after this time'),
    end_time: timeParam('only charges ending at or before this time; default now'),
    offset: p.offset(),
    limit: p.limit(20, 100),
  },
  response: {
    charge_record_set: z.array(ChargeRecord),
    total_sum: z.string(),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
