import { canonicalQuery, stringToSign, type ParamPair, type SignatureMethod } from '../protocol/canonical.js'

/**
 * QingCloud's signature (docs/compat.md#signature) with Web Crypto, which Node (20+) and browsers
 * both have: the SDK signs the same way in the console as in a Node process, with no Node module.
 */

const hashOf: Record<SignatureMethod, 'SHA-256' | 'SHA-1'> = { HmacSHA256: 'SHA-256', HmacSHA1: 'SHA-1' }

// Spelled without the DOM's CryptoKey, which Node's types do not declare globally.
type HmacKey = ReturnType<typeof globalThis.crypto.subtle.importKey>

/** Imported keys, by method and secret: importing costs more than signing. */
const keys = new Map<string, HmacKey>()

function keyFor(secret: string, method: SignatureMethod): HmacKey {
  const cacheKey = `${method}\n${secret}`
  let key = keys.get(cacheKey)
  if (key === undefined) {
    key = globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: hashOf[method] }, false, [
      'sign',
    ])
    keys.set(cacheKey, key)
  }
  return key
}

function base64(bytes: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The base64 HMAC of a request's parameters, as QingCloud's SDKs sign it. */
export async function signRequestWeb(input: {
  verb: 'GET' | 'POST'
  path: string
  pairs: readonly ParamPair[]
  secret: string
  method: SignatureMethod
}): Promise<string> {
  const text = stringToSign(input.verb, input.path, canonicalQuery(input.pairs))
  const mac = await globalThis.crypto.subtle.sign('HMAC', await keyFor(input.secret, input.method), new TextEncoder().encode(text))
  return base64(mac)
}
