import { describe, expect, it } from 'vitest'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/** An answer echoes at most about 100 characters of any value, whichever site built the message. */

const form = { verb: 'POST', contentType: 'application/x-www-form-urlencoded' }

function signPost(api: TestServer, params: Record<string, string>, keyId = api.root.access_key_id, secret = api.root.secret_access_key) {
  return signedQuery(params, { keyId, secret, now: api.clock.now(), verb: 'POST' })
}

describe('a bounded echo', () => {
  it('quotes at most about 100 characters of a 1 MB access_key_id', async () => {
    await using api = await startTestServer()
    const huge = 'A'.repeat(1024 * 1024)
    const body = signPost(api, { action: 'DescribeZones' }, huge, 'x')
    const answer = await sendRaw(api.url, { ...form, body })
    expect(answer.json.ret_code).toBe(1200)
    expect(answer.text.length).toBeLessThan(400)
    expect(answer.json.message).toContain(`[${'A'.repeat(100)}...]`)
  })

  it('bounds every message, whichever site built it', async () => {
    await using api = await startTestServer()
    const long = 'x'.repeat(200_000)
    const answers = await Promise.all([
      sendRaw(api.url, { ...form, body: signPost(api, { action: long }) }),
      sendRaw(api.url, { ...form, body: signPost(api, { action: 'GetQuotaLeft', zone: 'pek3a', 'resource_types.1': long }) }),
      sendRaw(api.url, { ...form, body: signPost(api, { action: 'DescribeZones' }, `]${long}`, 'x') }),
    ])
    expect(answers.map((answer) => answer.json.ret_code)).toEqual([1101, 1100, 1200])
    for (const answer of answers) {
      expect(answer.text.length, String(answer.json.message).slice(0, 200)).toBeLessThan(700)
    }
  })
})
