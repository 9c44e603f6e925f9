import { describe, expect, it } from 'vitest'
import { signRequest, type ParamPair } from '../protocol/signing.js'
import { signRequestWeb } from './sign.js'

// The SDK signs with Web Crypto (browsers and Node alike); the server verifies with node:crypto.
describe('signRequestWeb', () => {
  const pairs: ParamPair[] = [
    ['action', 'DescribeInstances'],
    ['access_key_id', 'QYACCESSKEYIDEXAMPLE'],
    ['instances.1', 'i-12345678'],
    ['search_word', "a name with spaces, ümlauts and !'()*~"],
    ['time_stamp', '2026-12-07T19:00:00Z'],
  ]

  it("gives the server's signature for both methods and both verbs", async () => {
    for (const method of ['HmacSHA256', 'HmacSHA1'] as const) {
      for (const verb of ['GET', 'POST'] as const) {
        const input = { verb, path: '/iaas/', pairs, secret: 'SECRETACCESSKEY', method }
        expect(await signRequestWeb(input)).toBe(signRequest(input))
      }
    }
  })

  it('keeps keys apart by secret', async () => {
    const input = { verb: 'GET' as const, path: '/iaas/', pairs, method: 'HmacSHA256' as const }
    const [a, b] = [await signRequestWeb({ ...input, secret: 'one' }), await signRequestWeb({ ...input, secret: 'two' })]
    expect([a, b]).toEqual([signRequest({ ...input, secret: 'one' }), signRequest({ ...input, secret: 'two' })])
    expect(a).not.toBe(b)
  })
})
