import type { CountedType, QuotaKeysOf } from '../../protocol/resource-types/index.js'
import { checkQuotas, type QuotaKey, type QuotaRequest } from '../domain/quotas.js'
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

type Assert<T extends true> = T
/** Every quota key a resource type's definition counts is a key DescribeQuotas knows. */
export type CountedKeysAreQuotaKeys = Assert<QuotaKeysOf<CountedType> extends QuotaKey ? true : false>
