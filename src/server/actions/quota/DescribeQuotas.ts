import type { Handler } from '../types.js'

export const DescribeQuotas: Handler<'DescribeQuotas'> = async (_params, { caller, config }) => ({
  user_id: caller.user_id,
  quota_set: { ...config.quotas },
})
