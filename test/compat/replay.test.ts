import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseQingTime } from '../../src/protocol/time.js'
import { decode } from '../../src/server/pipeline/decode.js'
import { sendRaw } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/**
 * Requests recorded from QingCloud's Python SDK and CLI (fixtures/, see its README),
 * replayed byte for byte with the server clock pinned to each request's time stamp.
 */
interface Recorded {
  id: string
  client: string
  method: string
  path: string
  content_type: string | null
  raw_query: string
  raw_body: string
  params: Record<string, string>
  action: string
  time_stamp: string
}
interface Tampered extends Recorded {
  tamper: string
  server_time: string
  expect_ret_code: number
}

const compatDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const readLines = <T>(file: string): T[] =>
  fs
    .readFileSync(path.join(compatDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)

const requests = readLines<Recorded>('requests.jsonl')
const tampered = readLines<Tampered>('tampered.jsonl')

/** 1100s the protocol layer (not an action) produces name one of these. */
const PROTOCOL_PARAMS = /\[(signature_method|signature_version|version|time_stamp|expires|access_key_id|signature|action)\]|percent-encoded/

let api: TestServer
beforeAll(async () => {
  api = await startTestServer({
    env: {
      QINGSTACK_ACCESS_KEY_ID: 'QYFIXTUREACCESSKEY01',
      QINGSTACK_SECRET_ACCESS_KEY: 'fixture-secret-0123456789abcdefghijklmnopqrstuv',
    },
  })
})
afterAll(async () => {
  await api?.[Symbol.asyncDispose]()
})

function replay(line: Recorded) {
  return sendRaw(api.url, {
    verb: line.method,
    path: line.path,
    query: line.raw_query,
    ...(line.method === 'POST' ? { body: line.raw_body } : {}),
    ...(line.content_type ? { contentType: line.content_type } : {}),
  })
}

describe('recorded QingCloud client requests', () => {
  it('has the fixtures the README describes', () => {
    expect(requests).toHaveLength(103)
    expect(tampered).toHaveLength(8)
  })

  it.each(requests.map((r) => [r.id, r.action, r] as const))('%s %s decodes to the recorded parameters', (_id, _action, line) => {
    const { params } = decode({
      verb: line.method,
      endpoint: 'iaas',
      path: line.path,
      rawQuery: line.raw_query,
      rawBody: line.raw_body,
      requestId: line.id,
    })
    expect(params.toObject()).toEqual(line.params)
  })

  it.each(requests.map((r) => [r.id, r.action, r] as const))('%s %s passes the protocol layer', async (_id, _action, line) => {
    api.clock.set(parseQingTime(line.time_stamp)!)
    const answer = await replay(line)
    expect(answer.status).toBe(200)
    expect(answer.contentType).toBe('application/json')
    expect(typeof answer.json.ret_code).toBe('number')
    expect([1200, 1300], String(answer.json.message)).not.toContain(answer.json.ret_code)
    if (answer.json.ret_code === 1100) expect(String(answer.json.message)).not.toMatch(PROTOCOL_PARAMS)
  })

  it.each(tampered.map((t) => [t.id, t.tamper, t] as const))('%s %s is refused with its ret_code', async (_id, _tamper, line) => {
    api.clock.set(parseQingTime(line.server_time)!)
    const answer = await replay(line)
    expect(answer.status).toBe(200)
    expect(answer.json.ret_code).toBe(line.expect_ret_code)
  })
})
