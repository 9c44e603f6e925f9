import { describe, expect, it } from 'vitest'
import { ApiError, boundMessage, MESSAGE_MAX, QUOTE_MAX } from './errors.js'

describe('boundMessage', () => {
  it('cuts each quoted value to QUOTE_MAX characters and leaves short ones alone', () => {
    expect(boundMessage('a [short] b')).toBe('a [short] b')
    const long = 'v'.repeat(QUOTE_MAX + 1)
    expect(boundMessage(`key [${long}] and [x]`)).toBe(`key [${'v'.repeat(QUOTE_MAX)}...] and [x]`)
  })

  it('never splits a surrogate pair', () => {
    const text = `[${'a'.repeat(QUOTE_MAX - 1)}😀tail]`
    expect(boundMessage(text)).toBe(`[${'a'.repeat(QUOTE_MAX - 1)}...]`)
  })

  it('bounds the whole message when a value holds a ] of its own', () => {
    const message = new ApiError('AuthFailure', { reason: `access key [x]${'y'.repeat(100_000)}] is not valid` }).message
    expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX + 3)
  })
})
