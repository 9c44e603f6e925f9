import type { RawParams } from '../../protocol/codec.js'
import { ApiError } from '../../protocol/errors.js'
import { hmacBase64, signatureMethods, signaturesEqual, type SignatureMethod } from '../../protocol/signing.js'
import { parseQingTime } from '../../protocol/time.js'
import type { Caller } from '../actions/types.js'
import type { Queryable } from '../db/database.js'
import { findSigningKey } from '../db/stores/access-keys.js'
import type { DecodedRequest } from './decode.js'

/**
 * Checks the common parameters, the signature and the time window (docs/compat.md#version-parameter,
 * docs/compat.md#signature, docs/compat.md#request-life). Malformed common parameters answer 1100, a bad key or signature 1200, and only a
 * correctly signed request learns that its time is off (1300).
 */
export async function authenticate(request: DecodedRequest, deps: { db: Queryable; now: number; timeWindowS: number }): Promise<Caller> {
  const { params } = request
  const method = required(params, 'signature_method')
  if (!(signatureMethods as readonly string[]).includes(method)) {
    throw new ApiError('InvalidParameter', { param: 'signature_method', reason: 'must be HmacSHA256 or HmacSHA1' })
  }
  const signatureVersion = required(params, 'signature_version')
  if (signatureVersion !== '1') {
    throw new ApiError('InvalidParameter', { param: 'signature_version', reason: 'must be 1' })
  }
  const version = params.get('version')
  if (version !== undefined && version !== '' && version !== '1') {
    throw new ApiError('InvalidParameter', { param: 'version', reason: 'must be 1' })
  }
  const timeStamp = parseTime('time_stamp', required(params, 'time_stamp'))
  const expiresText = params.get('expires')
  const expires = expiresText === undefined || expiresText === '' ? undefined : parseTime('expires', expiresText)
  const accessKeyId = required(params, 'access_key_id')
  // Base64 has no spaces: a space here is a `+` a client left unencoded in the query.
  const signature = required(params, 'signature').replaceAll(' ', '+')
  // A second `signature` is in no string to sign: refuse it rather than carry an unsigned pair.
  if (params.pairs.filter(([name]) => name === 'signature').length > 1) {
    throw new ApiError('AuthFailure', { reason: 'signature is given more than once' })
  }

  const key = await findSigningKey(deps.db, accessKeyId)
  if (!key || key.key_status !== 'active' || key.user_status !== 'active') {
    throw new ApiError('AuthFailure', { reason: `access key [${accessKeyId}] is not valid` })
  }
  if (!signatureMatches(request, key.secret_access_key, method as SignatureMethod, signature)) {
    throw new ApiError('AuthFailure', { reason: `signature does not match, access key [${accessKeyId}]` })
  }

  checkTimes({ timeStamp, timeStampText: params.get('time_stamp')!, expires, expiresText }, deps)
  return { user_id: key.user_id, access_key_id: key.access_key_id, role: key.role }
}

/** How long after its `time_stamp` a request may say it `expires` (docs/compat.md#request-life). */
export const MAX_EXPIRES_AFTER_TIME_STAMP_S = 3600

/**
 * A signed request lives at most an hour: `expires` no later than an hour after `time_stamp`, and
 * `time_stamp` never more than the window ahead of the server clock, with `expires` or without.
 * Without `expires` the window applies both ways; with it, `expires` decides how old it may be.
 */
function checkTimes(
  t: { timeStamp: number; timeStampText: string; expires: number | undefined; expiresText: string | undefined },
  deps: { now: number; timeWindowS: number },
): void {
  const windowMs = deps.timeWindowS * 1000
  if (t.expires !== undefined && t.expires - t.timeStamp > MAX_EXPIRES_AFTER_TIME_STAMP_S * 1000) {
    throw new ApiError('InvalidParameter', {
      param: 'expires',
      reason: `must be at most ${MAX_EXPIRES_AFTER_TIME_STAMP_S} seconds after time_stamp`,
    })
  }
  if (t.timeStamp - deps.now > windowMs) {
    throw new ApiError('RequestExpired', {
      reason: `time_stamp [${t.timeStampText}] is more than ${deps.timeWindowS} seconds ahead of the server time`,
    })
  }
  if (t.expires !== undefined) {
    if (deps.now > t.expires) throw new ApiError('RequestExpired', { reason: `request expired at [${t.expiresText}]` })
  } else if (deps.now - t.timeStamp > windowMs) {
    throw new ApiError('RequestExpired', {
      reason: `time_stamp [${t.timeStampText}] is more than ${deps.timeWindowS} seconds away from the server time`,
    })
  }
}

function required(params: RawParams, name: string): string {
  const value = params.get(name)
  if (value === undefined || value === '') throw new ApiError('MissingParameter', { param: name })
  return value
}

function parseTime(name: string, text: string): number {
  const ms = parseQingTime(text)
  if (ms === undefined) {
    throw new ApiError('InvalidParameter', { param: name, reason: 'must be a UTC time like 2013-08-27T13:58:35Z' })
  }
  return ms
}

/** Whether the signature is over one of the texts decode() says the parameters may be signed as. */
function signatureMatches(request: DecodedRequest, secret: string, method: SignatureMethod, received: string): boolean {
  for (const text of request.stringsToSign()) {
    if (signaturesEqual(hmacBase64(text, secret, method), received)) return true
  }
  return false
}
