import { feeIn } from '../../domain/charges.js'
import { formatUnits } from '../../domain/prices.js'
import { pricedLeases, requireSelf } from '../../services/billing.js'
import type { Handler } from '../types.js'

/** The starting credit (QINGSTACK_CREDIT) less every charge made by now; no bonus, no coupons (docs/compat.md#billing-balance). */
export const GetBalance: Handler<'GetBalance'> = async (params, ctx) => {
  requireSelf(ctx, 'user', params.user === undefined ? undefined : [params.user])
  const leases = await pricedLeases(ctx, { owners: [ctx.caller.user_id] })
  const spent = leases.reduce((sum, lease) => sum + feeIn(lease, ctx.now, -Infinity, ctx.now), 0)
  return { user_id: ctx.caller.user_id, balance: formatUnits(ctx.config.startingCredit - spent), bonus: '0', coupons: [] }
}
