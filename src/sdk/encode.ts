import { flattenParams } from '../protocol/codec.js'
import type { AnyAction } from '../protocol/define.js'
import type { ParamPair } from '../protocol/canonical.js'

/**
 * Encodes call parameters for the wire by their descriptor: lists as `name.N`, lists of objects as
 * `name.N.field`, JSON-text parameters as one JSON string, booleans as `1`/`0` (docs/compat.md#list-encodings).
 * Without a descriptor every value is flattened the way QingCloud's Python SDK does.
 */
export function encodeCall(descriptor: AnyAction | undefined, params: Record<string, unknown>): ParamPair[] {
  const pairs: ParamPair[] = []
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    if (descriptor?.params[name]?.kind === 'json') {
      pairs.push([name, typeof value === 'string' ? value : JSON.stringify(value)])
    } else {
      pairs.push(...flattenParams({ [name]: value }))
    }
  }
  return pairs
}
