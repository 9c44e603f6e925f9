import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { errorCatalog } from '../../src/protocol/errors.js'
import { canonicalEncode, signRequest, type ParamPair } from '../../src/protocol/signing.js'
import { formatQingTime } from '../../src/protocol/time.js'
import { fuzzRequest } from '../harness/fuzz.js'
import { sendRaw } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/** `npm test` runs a bounded number; `npm run fuzz` many more (QINGSTACK_FUZZ_RUNS). */
const RUNS = Number(process.env.QINGSTACK_FUZZ_RUNS ?? 120)
/** A bound, not an assertion: each run hashes every table twice, slower on PostgreSQL than on SQLite. */
const TIMEOUT_MS = Math.max(90_000, RUNS * 400)
const catalogCodes = new Set(Object.values(errorCatalog).map((entry) => entry.ret_code))

/**
 * Every row of every table but the audit log's, hashed: equal before and after a request means it
 * wrote nothing. A refusal is meant to be audited (docs/operator.md#audit-log), written behind in batches.
 */
const AUDIT_TABLES = new Set(['audit_events', 'audit_event_resources', 'audit_outbox'])
async function fingerprint(api: TestServer): Promise<string> {
  const db = api.app.database.db
  const tables =
    api.dialect === 'postgres'
      ? (
          await sql<{
            name: string
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
        ).rows
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows
  const hash = createHash('sha256')
  for (const { name } of tables.filter((t) => !AUDIT_TABLES.has(t.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = (await sql`select * from ${sql.table(name)}`.execute(db)).rows.map((row) => JSON.stringify(row)).sort()
    hash.update(`${name}:${rows.join('\n')}`)
  }
  return hash.digest('hex')
}

function signed(api: TestServer, action: string, pairs: ParamPair[], verb: 'GET' | 'POST'): string {
  const all: ParamPair[] = [
    ['action', action],
    ['access_key_id', api.root.access_key_id],
    ['signature_method', 'HmacSHA256'],
    ['signature_version', '1'],
    ['time_stamp', formatQingTime(api.clock.now())],
    ['version', '1'],
    ...pairs,
  ]
  const signature = signRequest({ verb, path: '/iaas/', pairs: all, secret: api.root.secret_access_key, method: 'HmacSHA256' })
  return `${all.map(([k, v]) => `${canonicalEncode(k)}=${canonicalEncode(v)}`).join('&')}&signature=${canonicalEncode(signature)}`
}

describe('fuzzing every registry action with random and malformed parameters', () => {
  it(
    'answers a catalog envelope, never 5000 for bad input, and writes nothing when it refuses',
    async () => {
      await using api = await startTestServer()
      const seeded = await api.client.createVolumes({ size: 20, count: 3 })
      await api.drainJobs()
      const ids = [...seeded.volumes, seeded.job_id, api.root.user_id]
      const zones = api.app.config.zones.map((z) => z.zone_id)

      await fc.assert(
        fc.asyncProperty(fuzzRequest(ids, zones), async ({ action, pairs, verb }) => {
          const before = await fingerprint(api)
          const text = signed(api, action, pairs, verb)
          const answer =
            verb === 'GET'
              ? await sendRaw(api.url, { query: text })
              : await sendRaw(api.url, { verb: 'POST', body: text, contentType: 'application/x-www-form-urlencoded' })
          expect(answer.status).toBe(200)
          expect(answer.contentType).toBe('application/json')
          const code = answer.json.ret_code as number
          expect(code === 0 || catalogCodes.has(code), `ret_code ${code}`).toBe(true)
          expect(code, String(answer.json.message)).not.toBe(5000)
          if (code !== 0) {
            expect(typeof answer.json.message).toBe('string')
            expect(await fingerprint(api)).toBe(before)
          }
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT_MS,
  )
})
