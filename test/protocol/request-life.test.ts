import { describe, expect, it } from 'vitest'
import { formatQingTime } from '../../src/protocol/time.js'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/** A signed request lives at most an hour after its time_stamp, which may not lie ahead of the server clock. */

function sign(api: TestServer, params: Record<string, string>, now = api.clock.now()) {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now })
}

const HOUR = 3_600_000

describe('a bounded life for a signed request', () => {
  it('refuses expires more than an hour after time_stamp with 1100 naming the limit', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    const ancient = await sendRaw(api.url, {
      query: sign(api, { action: 'DescribeZones', expires: '2036-01-01T00:00:00Z' }, Date.parse('2001-01-01T00:00:00Z')),
    })
    expect(ancient.json.ret_code).toBe(1100)
    expect(ancient.json.message).toBe('InvalidParameter, parameter [expires] must be at most 3600 seconds after time_stamp')
    const justOver = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: formatQingTime(now + HOUR + 1000) }) })
    expect(justOver.json.ret_code).toBe(1100)
    const oneHour = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: formatQingTime(now + HOUR) }) })
    expect(oneHour.json.ret_code).toBe(0)
  })

  it('refuses a time_stamp more than the window ahead with 1300, with or without expires', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    const future = now + 120_000
    const withExpires = await sendRaw(api.url, {
      query: sign(api, { action: 'DescribeZones', expires: formatQingTime(future + 20 * 60_000) }, future),
    })
    expect(withExpires.json.ret_code).toBe(1300)
    expect(withExpires.json.message).toMatch(/^RequestExpired, time_stamp \[.*\] is more than 60 seconds ahead of the server time$/)
    const in2099 = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, Date.parse('2099-01-01T00:00:00Z')) })
    expect(in2099.json.ret_code).toBe(1300)
    // Inside the window, and the CLI's shape (expires now + 20 minutes), still pass.
    const near = await sendRaw(api.url, {
      query: sign(api, { action: 'DescribeZones', expires: formatQingTime(now + 20 * 60_000) }, now + 50_000),
    })
    expect(near.json.ret_code).toBe(0)
    const cli = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: formatQingTime(now + 20 * 60_000) }) })
    expect(cli.json.ret_code).toBe(0)
  })

  it('still honours a past expires before the limits (1300)', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    const signed = sign(api, { action: 'DescribeZones', expires: formatQingTime(now + 10 * 60_000) })
    api.clock.advance(11 * 60_000)
    expect((await sendRaw(api.url, { query: signed })).json.ret_code).toBe(1300)
  })
})
