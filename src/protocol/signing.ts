import { createHmac, timingSafeEqual } from 'node:crypto'
import { canonicalQuery, stringToSign, type ParamPair, type SignatureMethod } from './canonical.js'

/** Node's HMAC over the canonical text of ./canonical.ts (docs/compat.md#signature); the server verifies with it. */
export {
  actionsSignedAsPost,
  canonicalEncode,
  canonicalQuery,
  signatureMethods,
  stringToSign,
  type CanonicalOptions,
  type ParamPair,
  type SignatureMethod,
} from './canonical.js'

const hashOf: Record<SignatureMethod, 'sha256' | 'sha1'> = { HmacSHA256: 'sha256', HmacSHA1: 'sha1' }

export function hmacBase64(text: string, secret: string, method: SignatureMethod): string {
  return createHmac(hashOf[method], secret).update(text, 'utf8').digest('base64').trim()
}

/** Signs a parameter list the way QingCloud's SDKs do. */
export function signRequest(input: {
  verb: 'GET' | 'POST'
  path: string
  pairs: readonly ParamPair[]
  secret: string
  method: SignatureMethod
}): string {
  const text = stringToSign(input.verb, input.path, canonicalQuery(input.pairs))
  return hmacBase64(text, input.secret, input.method)
}

/** Constant-time comparison of two base64 signatures. */
export function signaturesEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(received)
  return a.length === b.length && timingSafeEqual(a, b)
}
