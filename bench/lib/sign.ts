import { encodeCall } from '../../src/sdk/index.js'
import { actions, type ActionName } from '../../src/protocol/actions/index.js'
import { canonicalEncode, signRequest, type ParamPair } from '../../src/protocol/signing.js'
import { formatQingTime } from '../../src/protocol/time.js'
import { BENCH_KEY } from './processes.js'

/**
 * A signed GET URL that stays valid for an hour (`expires`), so a load generator can repeat it;
 * the server still verifies its signature on every request.
 */
export function presign(endpoint: string, action: ActionName, params: Record<string, unknown>, zone = 'pek3a'): string {
  const url = new URL(endpoint)
  const now = Date.now()
  const pairs: ParamPair[] = [
    ['action', action],
    ['access_key_id', BENCH_KEY.id],
    ['signature_method', 'HmacSHA256'],
    ['signature_version', '1'],
    ['time_stamp', formatQingTime(now)],
    ['expires', formatQingTime(now + 3600_000)],
    ['version', '1'],
    ['zone', zone],
    ...encodeCall(actions[action], params),
  ]
  const signature = signRequest({ verb: 'GET', path: url.pathname, pairs, secret: BENCH_KEY.secret, method: 'HmacSHA256' })
  const query = pairs.map(([k, v]) => `${canonicalEncode(k)}=${canonicalEncode(v)}`).join('&')
  return `${url.origin}${url.pathname}?${query}&signature=${canonicalEncode(signature)}`
}
