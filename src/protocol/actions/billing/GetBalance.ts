import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const GetBalance = defineAction({
  name: 'GetBalance',
  service: 'billing',
  summary: "The caller's balance: the starting credit less every charge made so far on the server's clock.",
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'user' },
  params: {
    user: p.id().describe("the user; only the caller's own id (docs/compat.md#billing-visibility)"),
  },
  response: {
    user_id: z.string(),
    balance: z.string(),
    bonus: z.string(),
    coupons: z.array(z.record(z.string(), z.unknown())),
  },
  errors: ['PermissionDenied'],
})
