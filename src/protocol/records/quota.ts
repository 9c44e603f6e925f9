import { z } from 'zod'

/** What a user may still create of one quota item (GetQuotaLeft, spec iaas.md §9.1). */
export const QuotaLeft = z.object({
  resource_type: z.string(),
  left: z.number().int(),
})
