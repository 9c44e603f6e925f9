import { randomBytes } from 'node:crypto'

/** Identifier shapes (docs/compat.md#id-shapes). */

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789'
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

function randomText(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length)
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length]
    }
  }
  return out
}

/** `i-ogbndull`: prefix plus 8 lower-case letters and digits. */
export function newId(prefix: string, length = 8): string {
  return `${prefix}${randomText(LOWER, length)}`
}

/** `usr-g8ZyBo6l`: user ids are mixed case. */
export function newUserId(): string {
  return `usr-${randomText(MIXED, 8)}`
}

/** Access keys look like QingCloud's: a 20-letter upper-case id and a 40-character secret. */
export function newAccessKey(): { access_key_id: string; secret_access_key: string } {
  return { access_key_id: randomText(UPPER, 20), secret_access_key: randomText(MIXED, 40) }
}
