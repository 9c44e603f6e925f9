import { describe, expect, it } from 'vitest'
import { BODY_LIMIT_BYTES } from '../../src/server/http/server.js'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function sign(api: TestServer, params: Record<string, string>, verb: 'GET' | 'POST' = 'GET') {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now(), verb })
}

describe('answers are always QingCloud JSON envelopes', () => {
  it('puts action first and ret_code last on success, with Content-Type application/json exactly', async () => {
    await using api = await startTestServer()
    const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) })
    expect(answer.status).toBe(200)
    expect(answer.contentType).toBe('application/json')
    const keys = Object.keys(answer.json)
    expect(keys[0]).toBe('action')
    expect(keys.at(-1)).toBe('ret_code')
  })

  it('answers errors with HTTP 200, ret_code and a message, and action only once it is known', async () => {
    await using api = await startTestServer()
    const unknown = await sendRaw(api.url, { query: sign(api, { action: 'LaunchRockets' }) })
    expect(unknown.status).toBe(200)
    expect(unknown.contentType).toBe('application/json')
    expect(unknown.json).toEqual({ ret_code: 1101, message: 'InvalidAction, action [LaunchRockets] is not supported' })

    const bad = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', limit: 'abc' }) })
    expect(bad.json).toEqual({
      ret_code: 1100,
      message: 'InvalidParameter, parameter [limit] must be an integer (got [abc])',
      action: 'DescribeZonesResponse',
    })
  })

  it('answers 1100 when action is absent and 1101 for a wrongly cased action (names are case-sensitive)', async () => {
    await using api = await startTestServer()
    expect((await sendRaw(api.url, { query: sign(api, {}) })).json).toMatchObject({
      ret_code: 1100,
      message: 'MissingParameter, parameter [action] is required',
    })
    expect((await sendRaw(api.url, { query: sign(api, { action: 'describezones' }) })).json.ret_code).toBe(1101)
  })

  it('ignores parameters the action does not declare (docs/compat.md#unknown-parameters)', async () => {
    await using api = await startTestServer()
    const answer = await sendRaw(api.url, {
      query: sign(api, { action: 'DescribeZones', req_id: 'a'.repeat(32), api_lang: 'zh-cn', dry_run: '0', project_id: '' }),
    })
    expect(answer.json.ret_code).toBe(0)
  })

  it('refuses IAM-token requests on /iam/ with 1200, and other paths with a JSON 404', async () => {
    await using api = await startTestServer()
    const iam = await sendRaw(api.url, { path: '/iam/', query: sign(api, { action: 'DescribeZones' }) })
    expect(iam.status).toBe(200)
    expect(iam.json).toEqual({ ret_code: 1200, message: 'AuthFailure, IAM identity tokens are not supported' })
    const other = await sendRaw(api.url, { path: '/v2/iaas', query: 'action=DescribeZones' })
    expect(other.status).toBe(404)
    expect(other.contentType).toBe('application/json')
    expect(other.json.ret_code).toBe(1100)
  })

  it('answers 1100 for an unknown zone, naming it, and 1100 when a zone-scoped action has none', async () => {
    await using api = await startTestServer()
    const unknown = await sendRaw(api.url, { query: sign(api, { action: 'DescribeJobs', zone: 'mars1' }) })
    expect(unknown.json.ret_code).toBe(1100)
    expect(unknown.json.message).toContain('[zone]')
    expect(unknown.json.message).toContain('[mars1]')
    const missing = await sendRaw(api.url, { query: sign(api, { action: 'DescribeJobs' }) })
    expect(missing.json).toMatchObject({ ret_code: 1100, message: 'MissingParameter, parameter [zone] is required' })
  })
})

describe('bad input of any shape gets a QingCloud error, never a crash', () => {
  it('answers 1100 for broken percent-encoding, in the query and in a POST body', async () => {
    await using api = await startTestServer()
    const query = `${sign(api, { action: 'DescribeZones' })}&search_word=%E4%B8`
    const inQuery = await sendRaw(api.url, { query })
    expect(inQuery.json).toMatchObject({ ret_code: 1100 })
    expect(inQuery.json.message).toContain('[search_word]')
    const inBody = await sendRaw(api.url, {
      verb: 'POST',
      body: 'action=Describe%zzZones',
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(inBody.json.ret_code).toBe(1100)
  })

  it('answers 1100 for 10 000 list items, naming the list', async () => {
    await using api = await startTestServer()
    const zones: Record<string, string> = { action: 'DescribeZones' }
    for (let i = 1; i <= 10_000; i++) zones[`zones.${i}`] = `z${i}`
    const answer = await sendRaw(api.url, {
      verb: 'POST',
      body: sign(api, zones, 'POST'),
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(answer.json).toMatchObject({ ret_code: 1100, message: 'InvalidParameter, parameter [zones] must have at most 1000 items' })
  })

  it(`answers 1100 for a body over ${BODY_LIMIT_BYTES} bytes, and handles a body just under it`, async () => {
    await using api = await startTestServer()
    const big = await sendRaw(api.url, {
      verb: 'POST',
      body: `a=${'x'.repeat(BODY_LIMIT_BYTES + 10)}`,
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(big.status).toBe(200)
    expect(big.json).toMatchObject({ ret_code: 1100 })
    expect(big.json.message).toContain('[request body]')
    const filler = 'y'.repeat(BODY_LIMIT_BYTES - 2000)
    const near = await sendRaw(api.url, {
      verb: 'POST',
      body: sign(api, { action: 'DescribeZones', filler }, 'POST'),
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(near.json.ret_code).toBe(0)
  })

  it('reads any Content-Type (or none) as a form body', async () => {
    await using api = await startTestServer()
    for (const contentType of ['text/plain', 'application/json', 'application/x-www-form-urlencoded;charset=UTF-8']) {
      const answer = await sendRaw(api.url, { verb: 'POST', body: sign(api, { action: 'DescribeZones' }, 'POST'), contentType })
      expect(answer.json.ret_code).toBe(0)
    }
  })

  it('answers 1100 for wrong types: flags, enums, negative offsets', async () => {
    await using api = await startTestServer()
    const cases: Array<[Record<string, string>, string]> = [
      [{ action: 'DescribeZones', 'status.1': 'sleeping' }, 'status.1'],
      [{ action: 'DescribeZones', offset: '-1' }, 'offset'],
      [{ action: 'DescribeJobs', zone: 'pek3a', reverse: 'maybe' }, 'reverse'],
      [{ action: 'DescribeJobs', zone: 'pek3a', verbose: '2' }, 'verbose'],
      [{ action: 'DescribeZones', zones: '[1,' }, 'zones'],
    ]
    for (const [params, param] of cases) {
      const answer = await sendRaw(api.url, { query: sign(api, params) })
      expect(answer.json.ret_code, param).toBe(1100)
      expect(answer.json.message).toContain(`[${param}]`)
    }
  })
})
