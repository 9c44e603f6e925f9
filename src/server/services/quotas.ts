import { checkQuotas, type QuotaRequest } from '../domain/quotas.js'
import { quotaUsage } from '../db/stores/quota-usage.js'
import type { HandlerContext } from '../actions/types.js'

/**
 * 2500 unless the caller's usage in the zone plus `request` stays within its limits. Handlers
 * call it before they write anything, so a refused request leaves no trace.
 */
export async function requireQuota(ctx: Pick<HandlerContext, 'tx' | 'caller' | 'zone' | 'config'>, request: QuotaRequest): Promise<void> {
  const usage = await quotaUsage(ctx.tx.db, ctx.caller.user_id, ctx.zone, Object.keys(request))
  checkQuotas(ctx.config.quotas, usage, request)
}
