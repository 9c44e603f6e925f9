import { describe, expect, it } from 'vitest'
import { canonicalEncode, canonicalQuery, hmacBase64, stringToSign, type ParamPair } from '../../src/protocol/signing.js'
import { formatQingTime } from '../../src/protocol/time.js'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function sign(api: TestServer, params: Record<string, string>, options: Partial<Parameters<typeof signedQuery>[1]> = {}) {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now(), ...options })
}

describe('signature and time checks over a real socket', () => {
  it('accepts a signed GET and a signed POST form body', async () => {
    await using api = await startTestServer()
    const get = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) })
    expect(get.json).toMatchObject({ action: 'DescribeZonesResponse', ret_code: 0 })

    const body = sign(api, { action: 'DescribeZones', zone: 'pek3a' }, { verb: 'POST' })
    const post = await sendRaw(api.url, { verb: 'POST', body, contentType: 'application/x-www-form-urlencoded' })
    expect(post.json).toMatchObject({ action: 'DescribeZonesResponse', ret_code: 0 })
  })

  it('checks POST signatures over query and body together, signed with POST', async () => {
    await using api = await startTestServer()
    const all = sign(api, { action: 'DescribeZones', zone: 'pek3a' }, { verb: 'POST' })
    const [query, ...rest] = all.split('&')
    const ok = await sendRaw(api.url, {
      verb: 'POST',
      query,
      body: rest.join('&'),
      contentType: 'application/x-www-form-urlencoded; charset=utf-8',
    })
    expect(ok.json.ret_code).toBe(0)
    const signedAsGet = sign(api, { action: 'DescribeZones' }, { verb: 'GET' })
    const wrongVerb = await sendRaw(api.url, { verb: 'POST', body: signedAsGet, contentType: 'application/x-www-form-urlencoded' })
    expect(wrongVerb.json.ret_code).toBe(1200)
  })

  it('signs the path exactly as received: /iaas and /iaas/ are both served, not interchangeable', async () => {
    await using api = await startTestServer()
    const noSlash = await sendRaw(api.url, { path: '/iaas', query: sign(api, { action: 'DescribeZones' }, { path: '/iaas' }) })
    expect(noSlash.json.ret_code).toBe(0)
    const mismatch = await sendRaw(api.url, { path: '/iaas', query: sign(api, { action: 'DescribeZones' }, { path: '/iaas/' }) })
    expect(mismatch.json.ret_code).toBe(1200)
  })

  it('accepts HmacSHA1 and rejects other methods and versions with 1100 naming the parameter', async () => {
    await using api = await startTestServer()
    expect((await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { method: 'HmacSHA1' }) })).json.ret_code).toBe(0)
    const md5 = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', signature_method: 'HmacMD5' }) })
    expect(md5.json).toMatchObject({ ret_code: 1100 })
    expect(md5.json.message).toContain('[signature_method]')
    const v2 = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', signature_version: '2' }) })
    expect(v2.json.message).toContain('[signature_version]')
    const version = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', version: '2' }) })
    expect(version.json).toMatchObject({ ret_code: 1100 })
    expect(version.json.message).toContain('[version]')
  })

  it('treats version as optional, as the Go SDK never sends it', async () => {
    await using api = await startTestServer()
    const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { omit: ['version'] }) })
    expect(answer.json.ret_code).toBe(0)
  })

  it.each(['access_key_id', 'time_stamp', 'signature_method', 'signature_version'])(
    'answers 1100 MissingParameter when %s is absent',
    async (name) => {
      await using api = await startTestServer()
      const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { omit: [name] }) })
      expect(answer.json).toMatchObject({ ret_code: 1100, message: `MissingParameter, parameter [${name}] is required` })
    },
  )

  it('answers 1100 when the signature is absent', async () => {
    await using api = await startTestServer()
    const query = sign(api, { action: 'DescribeZones' }).replace(/&signature=.*$/, '')
    expect((await sendRaw(api.url, { query })).json).toMatchObject({
      ret_code: 1100,
      message: 'MissingParameter, parameter [signature] is required',
    })
  })

  it('answers 1200 for a wrong secret, an unknown key and a parameter added after signing', async () => {
    await using api = await startTestServer()
    const wrongSecret = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { secret: 'not-the-secret' }) })
    expect(wrongSecret.json.ret_code).toBe(1200)
    const unknownKey = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { keyId: 'QYNOSUCHKEY000000000' }) })
    expect(unknownKey.json).toMatchObject({ ret_code: 1200 })
    expect(unknownKey.json.message).toContain('[QYNOSUCHKEY000000000]')
    const added = await sendRaw(api.url, { query: `${sign(api, { action: 'DescribeZones' })}&zone=pek3a` })
    expect(added.json.ret_code).toBe(1200)
  })

  it('checks the key before the action: an unknown action with a bad signature is 1200', async () => {
    await using api = await startTestServer()
    const answer = await sendRaw(api.url, { query: sign(api, { action: 'NoSuchAction' }, { secret: 'x' }) })
    expect(answer.json.ret_code).toBe(1200)
  })

  it('answers 1300 for a time stamp 5 minutes old or ahead, and accepts one inside the window', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    for (const offset of [-300_000, 300_000]) {
      const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { now: now + offset }) })
      expect(answer.json).toMatchObject({ ret_code: 1300 })
      expect(answer.json.message).toMatch(/^RequestExpired, time_stamp \[/)
    }
    expect((await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { now: now - 59_000 }) })).json.ret_code).toBe(0)
  })

  it('honours QINGSTACK_TIME_WINDOW_S', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_TIME_WINDOW_S: '600' } })
    const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }, { now: api.clock.now() - 300_000 }) })
    expect(answer.json.ret_code).toBe(0)
  })

  it('uses expires instead of the window when given (the CLI sends now + 20 minutes)', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    const future = formatQingTime(now + 20 * 60_000)
    const old = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: future }, { now: now - 10 * 60_000 }) })
    expect(old.json.ret_code).toBe(0)
    const passed = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: formatQingTime(now - 1000) }) })
    expect(passed.json).toMatchObject({ ret_code: 1300 })
    const garbled = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', expires: 'tomorrow' }) })
    expect(garbled.json).toMatchObject({ ret_code: 1100 })
    expect(garbled.json.message).toContain('[expires]')
  })

  it('answers 1100 for a time stamp that does not parse, and accepts fractional seconds', async () => {
    await using api = await startTestServer()
    const now = api.clock.now()
    const bad = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', time_stamp: '2026-01-15 08:00:00' }) })
    expect(bad.json).toMatchObject({ ret_code: 1100 })
    expect(bad.json.message).toContain('[time_stamp]')
    const fractional = new Date(now).toISOString()
    expect((await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', time_stamp: fractional }) })).json.ret_code).toBe(0)
  })

  it('accepts the encodings other clients sign (docs/compat.md#signature): raw order, ~ as %7E, space as +, GET signed as POST', async () => {
    await using api = await startTestServer()
    const secret = api.root.secret_access_key
    const base: ParamPair[] = [
      ['zone', 'pek3a'],
      ['action', 'DescribeZones'],
      ['access_key_id', api.root.access_key_id],
      ['signature_method', 'HmacSHA256'],
      ['signature_version', '1'],
      ['time_stamp', formatQingTime(api.clock.now())],
      ['req_id', 'a b~c'],
    ]
    const raw = base.map(([k, v]) => `${k}=${canonicalEncode(v)}`).join('&')
    const send = (signedText: string, query: string) =>
      sendRaw(api.url, { query: `${query}&signature=${canonicalEncode(hmacBase64(signedText, secret, 'HmacSHA256'))}` })

    expect((await send(stringToSign('GET', '/iaas/', raw), raw)).json.ret_code).toBe(0)
    const tilde = canonicalQuery(base, { tildeEncoded: true })
    expect((await send(stringToSign('GET', '/iaas/', tilde), raw)).json.ret_code).toBe(0)
    const plus = canonicalQuery(base, { spaceAsPlus: true })
    expect((await send(stringToSign('GET', '/iaas/', plus), raw)).json.ret_code).toBe(0)
    // Only two actions may be signed as POST and sent as GET (the Ruby SDK).
    const asPost = stringToSign('POST', '/iaas/', canonicalQuery(base))
    expect((await send(asPost, raw)).json.ret_code).toBe(1200)
    const lowerHex = canonicalQuery(base).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())
    expect((await send(stringToSign('GET', '/iaas/', lowerHex), raw)).json.ret_code).toBe(1200)
  })

  it('reads a signature whose + was left unencoded', async () => {
    await using api = await startTestServer()
    for (let i = 0; i < 20; i++) {
      const query = sign(api, { action: 'DescribeZones', req_id: String(i) })
      const signature = decodeURIComponent(query.split('&signature=')[1]!)
      if (!signature.includes('+')) continue
      const answer = await sendRaw(api.url, {
        query: `${query.split('&signature=')[0]}&signature=${signature.replaceAll('/', '%2F').replaceAll('=', '%3D')}`,
      })
      expect(answer.json.ret_code).toBe(0)
      return
    }
    throw new Error('no signature with + in 20 tries')
  })
})
