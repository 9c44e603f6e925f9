import { ApiError } from '../../protocol/errors.js'

/**
 * The bytes of a base64 parameter, or 1100 naming it. Strict: Node's decoder skips characters it
 * does not know, so the text is checked first (padding optional, as some encoders omit it).
 */
export function decodeBase64(value: string, param: string, maxBytes: number): Buffer {
  const text = value.trim()
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw new ApiError('InvalidParameter', { param, reason: 'must be base64 text' })
  }
  const bytes = Buffer.from(text, 'base64')
  if (bytes.length > maxBytes)
    throw new ApiError('InvalidParameter', { param, reason: `must decode to at most ${maxBytes} bytes (got ${bytes.length})` })
  return bytes
}
