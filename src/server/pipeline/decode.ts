import { RawParams, decodeForm } from '../../protocol/codec.js'
import type { RawRequest } from './request.js'

/**
 * GET carries parameters in the query; POST in a form body, plus any in the query
 * (docs/compat.md#form-bodies). Broken percent-encoding answers 1100 naming the parameter.
 */
export function decode(raw: RawRequest): RawParams {
  const pairs = decodeForm(raw.rawQuery)
  if (raw.verb === 'POST' && raw.rawBody !== '') pairs.push(...decodeForm(raw.rawBody))
  return new RawParams(pairs)
}
