import { ApiError } from '../../../protocol/errors.js'
import type { RouterStaticRow } from '../../db/stores/routers.js'

/** Port-forwarding statics need a source port, a target address and a target port (docs/compat.md#router-statics). */
export function checkStatic(s: RouterStaticRow, prefix: string): void {
  const param = (field: string) => (prefix ? `${prefix}.${field}` : field)
  if (s.static_type === 1) {
    for (const field of ['val1', 'val2', 'val3'] as const) {
      if (s[field] === '') throw new ApiError('MissingParameter', { param: param(field) })
    }
    if (s.val4 === '') s.val4 = 'tcp'
    if (s.val4 !== 'tcp' && s.val4 !== 'udp')
      throw new ApiError('InvalidParameter', { param: param('val4'), reason: `must be tcp or udp (got [${s.val4}])` })
  }
}
