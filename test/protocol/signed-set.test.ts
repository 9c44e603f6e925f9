import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalEncode, canonicalQuery, signRequest, type ParamPair, type SignatureMethod } from '../../src/protocol/signing.js'
import { formatQingTime } from '../../src/protocol/time.js'
import { sendHttp, sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/**
 * What is verified is what is acted on: a signed request of any shape the real clients send,
 * changed in any part, is either still exactly the signed parameter list (and answered as before)
 * or refused before anything runs.
 */

const RUNS = Number(process.env.QINGSTACK_FUZZ_RUNS ?? 100)
const TIMEOUT_MS = Math.max(60_000, RUNS * 300)

type Where = 'query' | 'body'
interface Located {
  where: Where
  name: string
  value: string
}
interface Shaped {
  verb: 'GET' | 'POST'
  pairs: Located[]
  /** `+` for spaces (the Python SDK's POST body) instead of `%20`. */
  plus: boolean
}

/** The parameters authentication reads before the signature can be checked: a broken one is 1100. */
const READ_BEFORE_SIGNATURE = /\[(signature_method|signature_version|version|time_stamp|expires|access_key_id|signature)\]/

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'a b', 'x+y', '~', '项目 😀', "!'()*", '%', '&=', 'DescribeZones', 'CreateKeyPair', '0', '1'),
)
const name = fc.oneof(
  fc.constantFrom(
    'action',
    'zone',
    'limit',
    'volumes.1',
    'volumes.2',
    'volumes',
    'volume',
    'volume_name',
    'status.1',
    'rules.1.protocol',
    'rules.1.priority',
    'req_id',
    'expires',
    'signature',
  ),
  fc.stringMatching(/^[a-z_]{1,8}(\.[1-3])?$/),
)

/** The action parameters of one request, in an encoding a real client uses. */
const actionParams: fc.Arbitrary<ParamPair[]> = fc.oneof(
  fc.constantFrom<ParamPair[]>(
    [['action', 'DescribeZones']],
    [
      ['action', 'DescribeZones'],
      ['zone', 'pek3a'],
    ],
  ),
  fc
    .tuple(
      fc.array(fc.stringMatching(/^vol-[a-z0-9]{8}$/), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      fc.option(fc.integer({ min: 1, max: 50 })),
    )
    .map(([ids, asJson, limit]): ParamPair[] => [
      ['action', 'DescribeVolumes'],
      ['zone', 'pek3a'],
      ...(asJson ? [['volumes', JSON.stringify(ids)] as ParamPair] : ids.map((id, i): ParamPair => [`volumes.${i + 1}`, id])),
      ...(limit === null ? [] : [['limit', String(limit)] as ParamPair]),
      ['status.1', 'available'],
      ['status.2', 'in-use'],
    ]),
  fc.boolean().map((asJson): ParamPair[] => {
    const rule = { protocol: 'tcp', priority: '2', action: 'accept', val1: '80' }
    return [
      ['action', 'AddSecurityGroupRules'],
      ['zone', 'pek3a'],
      ['security_group', 'sg-nosuch00'],
      ...(asJson ? [['rules', JSON.stringify([rule])] as ParamPair] : Object.entries(rule).map(([k, v]): ParamPair => [`rules.1.${k}`, v])),
    ]
  }),
)

function baseRequest(api: TestServer): fc.Arbitrary<Shaped> {
  return fc
    .record({
      verb: fc.constantFrom<'GET' | 'POST'>('GET', 'POST'),
      params: actionParams,
      method: fc.constantFrom<SignatureMethod>('HmacSHA256', 'HmacSHA1'),
      version: fc.boolean(), // the Go SDK sends none
      expires: fc.boolean(), // the CLI sends now + 20 minutes
      reqId: fc.option(fc.stringMatching(/^[0-9a-f]{32}$/)),
      duplicate: fc.option(fc.tuple(fc.nat(), value)),
      order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
      inQuery: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      mixed: fc.boolean(),
      plus: fc.boolean(),
      // The Java and Go SDKs send the canonical string itself, sorted.
      sorted: fc.boolean(),
    })
    .map((r): Shaped => {
      const now = api.clock.now()
      const pairs: ParamPair[] = [
        ...r.params,
        ['access_key_id', api.root.access_key_id],
        ['signature_method', r.method],
        ['signature_version', '1'],
        ['time_stamp', formatQingTime(now)],
        ...(r.version ? [['version', '1'] as ParamPair] : []),
        ...(r.expires ? [['expires', formatQingTime(now + 20 * 60_000)] as ParamPair] : []),
        ...(r.reqId === null ? [] : [['req_id', r.reqId] as ParamPair]),
      ]
      // A name sent twice, both signed: the duplicate is part of the signed list.
      if (r.duplicate !== null) {
        const [index, text] = r.duplicate
        const names = [...r.params.map(([n]) => n), ...(r.reqId === null ? [] : ['req_id'])]
        pairs.push([names[index % names.length]!, text])
      }
      // Any arrival order (the server sorts by name; a repeated name keeps its arrival order).
      const ordered = pairs
        .map((pair, i) => ({ pair, key: r.sorted ? 0 : r.order[i % 20]! * 100 + i }))
        .sort((a, b) => a.key - b.key || (r.sorted ? byName(a.pair, b.pair) : 0))
      const where = (i: number): Where => (r.verb === 'GET' ? 'query' : r.mixed && r.inQuery[i % 20] ? 'query' : 'body')
      const located = ordered.map(({ pair: [n, v] }, i): Located => ({ where: where(i), name: n, value: v }))
      // Query pairs arrive before body pairs; the client signs them in that order.
      const arrival = [...located.filter((p) => p.where === 'query'), ...located.filter((p) => p.where === 'body')]
      const signature = signRequest({
        verb: r.verb,
        path: '/iaas/',
        pairs: arrival.map((p): ParamPair => [p.name, p.value]),
        secret: api.root.secret_access_key,
        method: r.method,
      })
      arrival.push({ where: r.verb === 'GET' ? 'query' : 'body', name: 'signature', value: signature })
      return { verb: r.verb, pairs: arrival, plus: r.plus }
    })
}

function byName(a: ParamPair, b: ParamPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
}

type Mutation =
  | { kind: 'add'; where: Where; at: number; name: string; value: string }
  | { kind: 'drop'; index: number }
  | { kind: 'change'; index: number; value: string }
  | { kind: 'rename'; index: number; name: string }
  | { kind: 'move'; index: number }
  | { kind: 'duplicate'; index: number; where: Where; at: number; value: string | null }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), where: fc.constantFrom<Where>('query', 'body'), at: fc.nat(), name, value }),
  fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('change' as const), index: fc.nat(), value }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(), name }),
  fc.record({ kind: fc.constant('move' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    index: fc.nat(),
    where: fc.constantFrom<Where>('query', 'body'),
    at: fc.nat(),
    value: fc.option(value),
  }),
)

function mutate(request: Shaped, m: Mutation): Shaped {
  const pairs = request.pairs.map((p) => ({ ...p }))
  const i = 'index' in m ? m.index % pairs.length : 0
  switch (m.kind) {
    case 'add':
      pairs.splice(m.at % (pairs.length + 1), 0, { where: m.where, name: m.name, value: m.value })
      break
    case 'drop':
      pairs.splice(i, 1)
      break
    case 'change':
      pairs[i]!.value = m.value
      break
    case 'rename':
      pairs[i]!.name = m.name
      break
    case 'move':
      pairs[i]!.where = pairs[i]!.where === 'query' ? 'body' : 'query'
      break
    case 'duplicate':
      pairs.splice(m.at % (pairs.length + 1), 0, { where: m.where, name: pairs[i]!.name, value: m.value ?? pairs[i]!.value })
      break
  }
  return { ...request, pairs }
}

function encode(pairs: Located[], plus: boolean): string {
  const enc = (text: string) => (plus ? canonicalEncode(text).replaceAll('%20', '+') : canonicalEncode(text))
  return pairs.map((p) => `${enc(p.name)}=${enc(p.value)}`).join('&')
}

function send(api: TestServer, request: Shaped) {
  const query = encode(
    request.pairs.filter((p) => p.where === 'query'),
    request.plus,
  )
  const body = encode(
    request.pairs.filter((p) => p.where === 'body'),
    request.plus,
  )
  return sendHttp(api.url, {
    verb: request.verb,
    query,
    ...(body !== '' ? { body, contentType: 'application/x-www-form-urlencoded' } : {}),
  })
}

/**
 * The test's own reading of the wire: a GET's parameters are its query's, a POST's its query's then
 * its body's. Two requests are the same to the server when their signatures and the canonical
 * strings of everything else are equal.
 */
function actedOn(request: Shaped): { signatures: string[]; canonical: string } {
  const pairs = request.pairs
    .filter((p) => request.verb === 'POST' || p.where === 'query')
    .sort((a, b) => (a.where === b.where ? 0 : a.where === 'query' ? -1 : 1))
  return {
    signatures: pairs.filter((p) => p.name === 'signature').map((p) => p.value),
    canonical: canonicalQuery(pairs.map((p): ParamPair => [p.name, p.value])),
  }
}

describe('the signature covers exactly the parameters acted on', () => {
  it(
    'answers a changed signed request 1200 unless it still is the signed parameter list',
    async () => {
      await using api = await startTestServer()
      const baseAnswers = new Map<string, number>()
      await fc.assert(
        fc.asyncProperty(baseRequest(api), mutation, async (base, m) => {
          const key = JSON.stringify(base)
          let baseCode = baseAnswers.get(key)
          if (baseCode === undefined) {
            const answer = await send(api, base)
            baseCode = answer.json.ret_code as number
            expect([1200, 1300], String(answer.json.message)).not.toContain(baseCode)
            if (baseCode === 1100) expect(String(answer.json.message)).not.toMatch(READ_BEFORE_SIGNATURE)
            baseAnswers.set(key, baseCode)
          }
          const changed = mutate(base, m)
          const answer = await send(api, changed)
          const before = actedOn(base)
          const after = actedOn(changed)
          const same = before.canonical === after.canonical && JSON.stringify(before.signatures) === JSON.stringify(after.signatures)
          if (same) {
            expect(answer.json.ret_code, String(answer.json.message)).toBe(baseCode)
          } else if (answer.json.ret_code !== 1200) {
            // Refused before the signature could be checked: a broken common parameter.
            expect(answer.json.ret_code, String(answer.json.message)).toBe(1100)
            expect(String(answer.json.message)).toMatch(READ_BEFORE_SIGNATURE)
          }
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT_MS,
  )
})

describe('a captured signed POST cannot carry another action', () => {
  function sign(api: TestServer, params: Record<string, string>, verb: 'GET' | 'POST' = 'POST') {
    return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now(), verb })
  }

  /** A POST body as the Java SDK sends it: the canonical string itself, then the signature. */
  function javaStyleBody(api: TestServer, params: Record<string, string>): string {
    const pairs: ParamPair[] = Object.entries({
      ...params,
      access_key_id: api.root.access_key_id,
      signature_method: 'HmacSHA256',
      signature_version: '1',
      time_stamp: formatQingTime(api.clock.now()),
      version: '1',
    })
    const signature = signRequest({ verb: 'POST', path: '/iaas/', pairs, secret: api.root.secret_access_key, method: 'HmacSHA256' })
    return `${canonicalQuery(pairs)}&signature=${canonicalEncode(signature)}`
  }

  it('refuses a signed DescribeZones body with ModifyVolumeAttributes in the URL, and renames nothing', async () => {
    await using api = await startTestServer()
    const { volumes } = await api.client.createVolumes({ size: 20, volume_name: 'kept' })
    await api.drainJobs()
    const body = javaStyleBody(api, { action: 'DescribeZones', zone: 'pek3a' })
    const query = `action=ModifyVolumeAttributes&zone=pek3a&volume=${volumes[0]!}&volume_name=taken`
    const answer = await sendRaw(api.url, { verb: 'POST', query, body, contentType: 'application/x-www-form-urlencoded' })
    expect(answer.json.ret_code).toBe(1200)
    const [volume] = (await api.client.describeVolumes({ volumes })).volume_set
    expect(volume!.volume_name).toBe('kept')

    const keyPair = await sendRaw(api.url, {
      verb: 'POST',
      query: 'action=CreateKeyPair&zone=pek3a&keypair_name=x',
      body,
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(keyPair.json.ret_code).toBe(1200)
    expect((await api.client.describeKeyPairs({})).total_count).toBe(0)
  })

  it('accepts a POST whose query and body were signed together, and nothing else beside a body', async () => {
    await using api = await startTestServer()
    const all = sign(api, { action: 'DescribeZones', zone: 'pek3a' })
    const [first, ...rest] = all.split('&')
    const together = await sendRaw(api.url, {
      verb: 'POST',
      query: first,
      body: rest.join('&'),
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(together.json.ret_code).toBe(0)
    // The body alone signed, a harmless extra in the query: still not what was signed.
    const extra = await sendRaw(api.url, { verb: 'POST', query: 'req_id=1', body: all, contentType: 'application/x-www-form-urlencoded' })
    expect(extra.json.ret_code).toBe(1200)
  })

  it('ignores the body of a GET: a parameter there is neither verified nor acted on', async () => {
    await using api = await startTestServer()
    const query = sign(api, { action: 'DescribeZones' }, 'GET')
    const answer = await sendHttp(api.url, {
      verb: 'GET',
      query,
      body: 'action=CreateKeyPair&keypair_name=x',
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(answer.json).toMatchObject({ action: 'DescribeZonesResponse', ret_code: 0 })
    expect((await api.client.describeKeyPairs({})).total_count).toBe(0)
  })

  it('acts on the first of a name sent twice only when both were signed; a second signature is 1200', async () => {
    await using api = await startTestServer()
    const twice = sign(api, { action: 'DescribeZones', zone: 'pek3a' }, 'GET').replace('&signature=', '&zone=nowhere&signature=')
    expect((await sendRaw(api.url, { query: twice })).json.ret_code).toBe(1200)
    const query = sign(api, { action: 'DescribeZones' }, 'GET')
    expect((await sendRaw(api.url, { query: `${query}&signature=AAAA` })).json.ret_code).toBe(1200)
    expect((await sendRaw(api.url, { query: `signature=AAAA&${query}` })).json.ret_code).toBe(1200)
  })
})
