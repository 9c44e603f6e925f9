import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import { authorize } from '../../src/server/pipeline/authorize.js'
import { sendHttp, sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function sign(api: TestServer, params: Record<string, string>, path = '/iaas/') {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now(), path })
}

const REQUEST_ID = /^[0-9a-f]{12}$/

describe('two endpoints of one protocol: /iaas/ for QingCloud, /qingstack/ for qingstack', () => {
  it('signs /qingstack/ and /qingstack over the path as sent, and resolves QingCloud actions only on /iaas/', async () => {
    await using api = await startTestServer()
    for (const path of ['/qingstack/', '/qingstack']) {
      // 1101 comes after the signature is checked: the path the client signed is the path it sent.
      const answer = await sendRaw(api.url, { path, query: sign(api, { action: 'DescribeZones' }, path) })
      expect(answer.status).toBe(200)
      expect(answer.contentType).toBe('application/json')
      expect(answer.json).toEqual({ ret_code: 1101, message: 'InvalidAction, action [DescribeZones] is not supported' })
    }
    const wrongPath = await sendRaw(api.url, { path: '/qingstack/', query: sign(api, { action: 'DescribeZones' }, '/iaas/') })
    expect(wrongPath.json.ret_code).toBe(1200)
    const iaas = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) })
    expect(iaas.json.ret_code).toBe(0)
  })

  it('answers X-Request-Id on every answer of both endpoints, errors and unknown paths included', async () => {
    await using api = await startTestServer()
    const answers = [
      await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) }),
      await sendRaw(api.url, { query: sign(api, { action: 'LaunchRockets' }) }),
      await sendRaw(api.url, { path: '/qingstack/', query: sign(api, { action: 'LaunchRockets' }, '/qingstack/') }),
      await sendRaw(api.url, { path: '/qingstack', query: 'action=DescribeAuditEvents' }),
      await sendHttp(api.url, { path: '/nowhere' }),
    ]
    const ids = answers.map((answer) => answer.requestId)
    for (const id of ids) expect(id).toMatch(REQUEST_ID)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses a root-only action to any other user with 1400 naming why, before anything else is read', async () => {
    const rootOnly = { ...actions.DescribeZones, callers: 'root' as const }
    const caller = { user_id: 'usr-alice', access_key_id: 'AKALICE', role: 'user' as const }
    await expect(authorize(rootOnly, {}, caller, undefined as never)).rejects.toMatchObject({
      ret_code: 1400,
      message: 'PermissionDenied, DescribeZones is for the root user alone, not user [usr-alice]',
    })
  })
})

/** One request on a fresh connection: its status, headers (but the date) and body. */
function exchange(api: TestServer, verb: string, query: string, body?: string) {
  return new Promise<{ headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: new URL(api.url).port,
        method: verb,
        path: `/iaas/?${query}`,
        agent: false,
        // A GET's body is sent unframed unless its length is given.
        headers: body === undefined ? {} : { 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const { date: _date, ...headers } = response.headers
          resolve({ headers: { status: response.statusCode, ...headers }, text: Buffer.concat(chunks).toString('utf8') })
        })
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

/** The answer without its request id, after checking it has one. */
function withoutId(answer: { headers: Record<string, unknown>; text: string }) {
  const { 'x-request-id': id, ...headers } = answer.headers
  expect(id).toMatch(REQUEST_ID)
  return { headers, text: answer.text }
}

describe('plain GETs, answered before fastify (issue 18)', () => {
  it('answer with the same status, headers and body as the same request through fastify (a GET with a body, a POST)', async () => {
    await using api = await startTestServer()
    const requests: Array<Record<string, string>> = [
      { action: 'DescribeZones' },
      { action: 'LaunchRockets' },
      { action: 'DescribeInstances', zone: 'pek3a', limit: 'x' },
    ]
    for (const params of requests) {
      const plain = withoutId(await exchange(api, 'GET', sign(api, params)))
      expect(plain.headers).toMatchObject({ status: 200, 'content-type': 'application/json' })
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text))
      expect(withoutId(await exchange(api, 'GET', sign(api, params), 'ignored=1'))).toEqual(plain)
      expect(withoutId(await exchange(api, 'POST', signedQuery(params, { ...keyOf(api), verb: 'POST' })))).toEqual(plain)
    }
  })

  it('close the connection without an answer when a fault rule drops the request', async () => {
    await using api = await startTestServer()
    await api.client.createFaultRules({ fault_action: 'DescribeZones', count: 1, drop: true })
    await expect(exchange(api, 'GET', sign(api, { action: 'DescribeZones' }))).rejects.toThrow()
    expect(JSON.parse((await exchange(api, 'GET', sign(api, { action: 'DescribeZones' }))).text).ret_code).toBe(0)
  })
})

function keyOf(api: TestServer) {
  return { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now() }
}
