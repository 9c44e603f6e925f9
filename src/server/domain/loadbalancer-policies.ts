import { ApiError } from '../../protocol/errors.js'

/** Rules one policy may hold (docs/compat.md#loadbalancer-policies). */
export const MAX_RULES_PER_POLICY = 100

/**
 * A rule's `val`: a regular expression the host name or URL path must match, as the load balancer's
 * proxy reads it; one that does not compile is refused naming `param` (docs/compat.md#loadbalancer-policies).
 */
export function checkRuleVal(val: string, param: string): string {
  const trimmed = val.trim()
  if (trimmed === '') throw new ApiError('MissingParameter', { param })
  try {
    new RegExp(trimmed)
  } catch {
    throw new ApiError('InvalidParameter', { param, reason: 'is not a valid regular expression' })
  }
  return trimmed
}
