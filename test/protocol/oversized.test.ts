import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { BODY_LIMIT_BYTES, HEADER_LIMIT_BYTES } from '../../src/server/http/server.js'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function sign(api: TestServer, params: Record<string, string>): string {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now() })
}

/** Writes `request` on a fresh socket, half-closes, and reads until the server closes. */
function onSocket(api: TestServer, request: string): Promise<string> {
  const { hostname, port } = new URL(api.url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(answer))
  })
}

/** Status line and JSON body of a raw HTTP/1.1 answer. */
function parsed(answer: string): { statusLine: string; contentType: string | undefined; json: Record<string, unknown> } {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const lines = head.split('\r\n')
  const contentType = lines
    .find((line) => line.toLowerCase().startsWith('content-type:'))
    ?.slice('content-type:'.length)
    .trim()
  return { statusLine: lines[0]!, contentType, json: JSON.parse(body) as Record<string, unknown> }
}

describe('requests of any size get an envelope', () => {
  it('serves GET query strings of 40 KB and 64 KB', async () => {
    await using api = await startTestServer()
    const { volumes } = await api.client.createVolumes({ size: 20 })
    for (const bytes of [40_000, 64 * 1024]) {
      const query = sign(api, {
        action: 'DescribeVolumes',
        zone: api.client.options.zone!,
        'volumes.1': volumes[0]!,
        filler: 'f'.repeat(bytes),
      })
      expect(query.length).toBeGreaterThan(bytes)
      const answer = await sendRaw(api.url, { query })
      expect([answer.status, answer.json.message, answer.json.total_count]).toEqual([200, undefined, 1])
    }
  })

  it(`answers a 200 KB GET with HTTP 200 and 1100 naming the ${HEADER_LIMIT_BYTES}-byte limit`, async () => {
    await using api = await startTestServer()
    const answer = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones', filler: 'f'.repeat(200_000) }) })
    expect(answer.status).toBe(200)
    expect(answer.contentType).toBe('application/json')
    expect(answer.json).toEqual({
      ret_code: 1100,
      message: `InvalidParameter, parameter [request line and headers] must be at most ${HEADER_LIMIT_BYTES} bytes`,
    })
    // The server is still serving.
    expect((await api.client.describeZones()).total_count).toBeGreaterThan(0)
  })

  it('answers headers over the limit, and what is not HTTP at all, on the socket with 1100', async () => {
    await using api = await startTestServer()
    const cookie = parsed(await onSocket(api, `GET /iaas/ HTTP/1.1\r\nHost: a\r\nCookie: ${'c'.repeat(HEADER_LIMIT_BYTES)}\r\n\r\n`))
    expect([cookie.statusLine, cookie.contentType, cookie.json.ret_code]).toEqual(['HTTP/1.1 200 OK', 'application/json', 1100])
    expect(cookie.json.message).toContain(`at most ${HEADER_LIMIT_BYTES} bytes`)

    for (const request of [
      'HELLO THERE\r\n\r\n',
      'GET /iaas/ HTTP/1.1\r\nBad Header: 1\r\n\r\n',
      'POST /iaas/ HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ]) {
      const answer = parsed(await onSocket(api, request))
      expect([answer.statusLine, answer.contentType, answer.json.ret_code]).toEqual(['HTTP/1.1 200 OK', 'application/json', 1100])
      expect(answer.json.message).toMatch(/^InvalidParameter, parameter \[request\] could not be read as HTTP\/1\.1 \(HPE_[A-Z_]+\)$/)
    }
  })

  it('answers a path the router can not decode with HTTP 200 and 1100', async () => {
    await using api = await startTestServer()
    const answer = parsed(await onSocket(api, 'GET /iaas/%zz?action=DescribeZones HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'))
    expect([answer.statusLine, answer.contentType, answer.json]).toEqual([
      'HTTP/1.1 200 OK',
      'application/json',
      { ret_code: 1100, message: 'InvalidParameter, parameter [path] must be /iaas/ or /iaas, validly percent-encoded' },
    ])
  })

  it(`answers bodies over ${BODY_LIMIT_BYTES} bytes with 1100, declared or chunked`, async () => {
    await using api = await startTestServer()
    const message = `InvalidParameter, parameter [request body] must be at most ${BODY_LIMIT_BYTES} bytes`
    const declared = parsed(
      await onSocket(api, `POST /iaas/ HTTP/1.1\r\nHost: a\r\nContent-Length: ${BODY_LIMIT_BYTES + 1}\r\n\r\naction=DescribeZones`),
    )
    expect([declared.statusLine, declared.json]).toEqual(['HTTP/1.1 200 OK', { ret_code: 1100, message }])

    const chunk = 'x'.repeat(1024 * 1024)
    const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('')
    const chunked = parsed(await onSocket(api, `POST /iaas/ HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`))
    expect([chunked.statusLine, chunked.json]).toEqual(['HTTP/1.1 200 OK', { ret_code: 1100, message }])
  })
})
