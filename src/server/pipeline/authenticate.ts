import type { RawParams } from '../../protocol/codec.js'
import { ApiError } from '../../protocol/errors.js'
import {
  actionsSignedAsPost,
  canonicalQuery,
  hmacBase64,
  signatureMethods,
  signaturesEqual,
  stringToSign,
  type SignatureMethod,
} from '../../protocol/signing.js'
import { parseQingTime } from '../../protocol/time.js'
import type { Caller } from '../actions/types.js'
import type { Queryable } from '../db/database.js'
import { findSigningKey } from '../db/stores/access-keys.js'
import type { RawRequest } from './request.js'

/**
 * Checks the common parameters, the signature and the time window (docs/compat.md#version-parameter,
 * docs/compat.md#signature, docs/compat.md#time-window). Malformed common parameters answer 1100, a bad key or signature 1200, and only a
 * correctly signed request learns that its time is off (1300).
 */
export async function authenticate(
  raw: RawRequest,
  params: RawParams,
  deps: { db: Queryable; now: number; timeWindowS: number },
): Promise<Caller> {
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

  const key = await findSigningKey(deps.db, accessKeyId)
  if (!key || key.key_status !== 'active' || key.user_status !== 'active') {
    throw new ApiError('AuthFailure', { reason: `access key [${accessKeyId}] is not valid` })
  }
  if (!signatureMatches(raw, params, key.secret_access_key, method as SignatureMethod, signature)) {
    throw new ApiError('AuthFailure', { reason: `signature does not match, access key [${accessKeyId}]` })
  }

  if (expires !== undefined) {
    if (deps.now > expires) throw new ApiError('RequestExpired', { reason: `request expired at [${expiresText}]` })
  } else if (Math.abs(deps.now - timeStamp) > deps.timeWindowS * 1000) {
    throw new ApiError('RequestExpired', {
      reason: `time_stamp [${params.get('time_stamp')}] is more than ${deps.timeWindowS} seconds away from the server time`,
    })
  }
  return { user_id: key.user_id, access_key_id: key.access_key_id, role: key.role }
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

/**
 * The canonical string first; then, each still needing the secret, the variants real clients
 * produce (docs/compat.md#signature), so a tolerant check weakens nothing.
 */
function signatureMatches(
  raw: RawRequest,
  params: RawParams,
  secret: string,
  method: SignatureMethod,
  received: string,
): boolean {
  const matches = (verb: string, query: string): boolean =>
    signaturesEqual(hmacBase64(stringToSign(verb, raw.path, query), secret, method), received)

  if (matches(raw.verb, canonicalQuery(params.pairs))) return true
  const sent = raw.verb === 'POST' && raw.rawBody !== '' ? raw.rawBody : raw.rawQuery
  const withoutSignature = sent
    .split('&')
    .filter((pair) => !pair.startsWith('signature='))
    .join('&')
  if (matches(raw.verb, withoutSignature)) return true
  if (matches(raw.verb, canonicalQuery(params.pairs, { tildeEncoded: true }))) return true
  if (matches(raw.verb, canonicalQuery(params.pairs, { spaceAsPlus: true }))) return true
  const action = params.get('action')
  return raw.verb === 'GET' && action !== undefined && actionsSignedAsPost.has(action) && matches('POST', canonicalQuery(params.pairs))
}
