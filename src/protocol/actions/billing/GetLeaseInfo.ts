import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const LeaseInfo = z.object({
  resource_id: z.string(),
  zone_id: z.string(),
  status: z.enum(['pending', 'active', 'suspended']),
  renewal: z.string(),
  lease_time: z.string().nullable(),
  renewal_time: z.string().nullable(),
  contract: z
    .object({
      contract_id: z.string(),
      duration: z.string(),
      price: z.string(),
      start_time: z.string(),
    })
    .nullable(),
})

export const GetLeaseInfo = defineAction({
  name: 'GetLeaseInfo',
  service: 'billing',
  summary: "A resource's lease: whether it accrues charges now, since when, its hourly price and the next hourly charge.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'user' },
  params: {
    resource: p.id().required().describe('the resource: an instance, volume, EIP or router'),
    user: p.id().describe('the owner (accepted; the resource names it)'),
  },
  response: {
    resource_id: z.string(),
    lease_info: LeaseInfo,
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
