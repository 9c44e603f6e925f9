import { z } from 'zod'

/** What a user may still create of one quota item (GetQuotaLeft, docs/compat.md#get-quota-left). */
export const QuotaLeft = z.object({
  resource_type: z.string(),
  left: z.number().int(),
})
