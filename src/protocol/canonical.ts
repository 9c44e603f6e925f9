/**
 * QingCloud's access-key signature, version 1 (docs/compat.md#signature).
 *
 * string to sign = VERB + "\n" + PATH + "\n" + canonical query, where the canonical query is every
 * parameter but `signature`, sorted by name, names and values percent-encoded with only the RFC 3986
 * unreserved set left bare and upper-case hex, joined with `&`.
 *
 * This module is the part of signing that needs no Node module: the SDK, which also runs in browsers
 * (the console), imports it; the HMAC is Node's in ./signing.ts and Web Crypto's in the SDK.
 */

export const signatureMethods = ['HmacSHA256', 'HmacSHA1'] as const
export type SignatureMethod = (typeof signatureMethods)[number]

/** The Ruby SDK signs these two actions as POST but sends them as GET (docs/compat.md#signature). */
export const actionsSignedAsPost: ReadonlySet<string> = new Set(['CreateServerCertificate', 'UploadUserDataAttachment'])

export type ParamPair = readonly [name: string, value: string]

/** encodeURIComponent leaves `! ' ( ) *` bare; QingCloud's clients encode them. */
export function canonicalEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

export interface CanonicalOptions {
  /** docs/compat.md#signature: an older Ruby `CGI.escape` encodes `~`. */
  tildeEncoded?: boolean
  /** docs/compat.md#signature: a space sent as `+` instead of `%20`. */
  spaceAsPlus?: boolean
}

function byName(a: ParamPair, b: ParamPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
}

export function canonicalQuery(pairs: readonly ParamPair[], options: CanonicalOptions = {}): string {
  const encode = (text: string): string => {
    let out = canonicalEncode(text)
    if (options.tildeEncoded) out = out.replaceAll('~', '%7E')
    if (options.spaceAsPlus) out = out.replaceAll('%20', '+')
    return out
  }
  return pairs
    .filter(([name]) => name !== 'signature')
    .sort(byName)
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&')
}

export function stringToSign(verb: string, path: string, query: string): string {
  return `${verb}\n${path}\n${query}`
}
