import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Zone, zoneStatuses } from '../../records/zone.js'

export const DescribeZones = defineAction({
  name: 'DescribeZones',
  service: 'zone',
  summary: 'List the zones this server serves, with their status; works without `zone`.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'zone' },
  params: {
    zones: p.list(p.id('zone')).describe('zone IDs to return'),
    status: p.list(p.enum(zoneStatuses)).describe('zone statuses to return'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    zone_set: z.array(Zone),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
