import { z } from 'zod'

export const zoneStatuses = ['active', 'faulty', 'defunct'] as const

/** A zone record of DescribeZones (docs/api/zone.md#describezones). */
export const Zone = z.object({
  zone_id: z.string(),
  status: z.enum(zoneStatuses),
})
export type Zone = z.infer<typeof Zone>
