import { ApiError } from '../../../protocol/errors.js'
import { defaultQuotas, isQuotaKey, quotaLeft, type QuotaKey } from '../../domain/quotas.js'
import { quotaUsage } from '../../db/stores/quota-usage.js'
import type { Handler } from '../types.js'

export const GetQuotaLeft: Handler<'GetQuotaLeft'> = async (params, { tx, caller, zone, config }) => {
  const asked = params.resource_types?.length ? [...new Set(params.resource_types)] : Object.keys(defaultQuotas)
  asked.forEach((key, i) => {
    if (!isQuotaKey(key))
      throw new ApiError('InvalidParameter', { param: `resource_types.${i + 1}`, reason: `is not a quota item (got [${key}])` })
  })
  // The same limits and usage requireQuota checks against, so `left` is exactly what a request may add.
  const usage = await quotaUsage(tx.db, caller.user_id, zone, asked)
  return { quota_left_set: quotaLeft(config.quotas, usage, asked as QuotaKey[]) }
}
