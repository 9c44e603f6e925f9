import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { pino, type Logger } from 'pino'
import { QingClient } from '../../src/sdk/index.js'
import { createUser, type Credentials } from '../../src/server/accounts.js'
import { createApp, type App } from '../../src/server/app.js'
import { loadConfig, type Config } from '../../src/server/config.js'
import type { Dialect } from '../../src/server/db/database.js'
import { FakeClock } from './clock.js'
import { adminQuery, testDatabaseUrl, testDialect } from './dialect.js'

export interface TestServerOptions {
  dialect?: Dialect
  /** Extra QINGSTACK_* settings, as the environment would give them. */
  env?: Record<string, string>
  /** Start the clock here (ms); default 2026-01-15T08:00:00Z. */
  startAt?: number
  /** The server's logger (tests that read what is logged); default pino at QINGSTACK_TEST_LOG_LEVEL or error. */
  logger?: Logger
  /** Open this store instead of a new empty one: a SQLite file, or a PostgreSQL schema (dropped on dispose). */
  store?: { sqliteFile?: string; schema?: string }
}

export interface TestServer extends AsyncDisposable {
  app: App
  url: string
  clock: FakeClock
  dialect: Dialect
  /** Signed as the root user, in the first zone, on the fake clock. */
  client: QingClient
  root: Credentials
  /** Another user with its own key, and a client signed with it. */
  newUser(email?: string): Promise<{ credentials: Credentials; client: QingClient }>
  clientFor(credentials: Pick<Credentials, 'access_key_id' | 'secret_access_key'>, zone?: string): QingClient
  /** Runs every job to its end, moving the fake clock to each step's due time. */
  drainJobs(): Promise<number>
}

/**
 * A real server on a real socket (port 0), on the dialect of this test project, with a fake clock
 * and a manual job worker (house rule 10). Dispose it with `await using`.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dialect = options.dialect ?? testDialect()
  const clock = new FakeClock(options.startAt)
  const schema = dialect === 'postgres' ? (options.store?.schema ?? `qs_test_${process.pid}_${randomBytes(4).toString('hex')}`) : undefined
  const config: Config = loadConfig({
    QINGSTACK_HOST: '127.0.0.1',
    QINGSTACK_PORT: '0',
    QINGSTACK_DATA_DIR: path.join(os.tmpdir(), 'qingstack-test-unused'),
    QINGSTACK_TIMING: 'realistic',
    ...(dialect === 'postgres' ? { DATABASE_URL: testDatabaseUrl() } : {}),
    ...options.env,
  })
  const app = await createApp({
    config,
    clock,
    logger: options.logger ?? pino({ level: process.env.QINGSTACK_TEST_LOG_LEVEL ?? 'error' }),
    worker: 'manual',
    sqliteFile: options.store?.sqliteFile ?? ':memory:',
    ...(schema ? { schema } : {}),
    validateResponses: true,
  })
  const url = await app.listen()
  const zone = config.zones[0]!.zone_id
  const clientFor = (credentials: Pick<Credentials, 'access_key_id' | 'secret_access_key'>, clientZone = zone) =>
    new QingClient({
      endpoint: url,
      accessKeyId: credentials.access_key_id,
      secretAccessKey: credentials.secret_access_key,
      zone: clientZone,
      now: () => clock.now(),
      // The SDK's waiters move the fake clock and run what fell due instead of sleeping; a retry
      // would hide a 5000 the test should see.
      sleep: async (ms) => {
        clock.advance(ms)
        while ((await app.worker.runDue()) > 0);
      },
      retries: 0,
    })

  return {
    app,
    url,
    clock,
    dialect,
    client: clientFor(app.root),
    root: app.root,
    clientFor,
    async newUser(email = `user-${randomBytes(4).toString('hex')}@example.com`) {
      const credentials = await createUser(app.database, clock, { email })
      return { credentials, client: clientFor(credentials) }
    },
    async drainJobs() {
      let steps = 0
      for (let round = 0; round < 10_000; round++) {
        const ran = await app.worker.runDue()
        steps += ran
        if (ran > 0) continue
        const next = await app.worker.nextDue()
        if (next === undefined) return steps
        // Job times are on the world's clock, the fake base plus the operator's offset.
        const now = app.clock.now()
        if (next > now) clock.advance(next - now)
        else throw new Error('a due job could not be claimed: is another worker holding its lease?')
      }
      throw new Error('drainJobs: jobs did not settle within 10 000 rounds')
    },
    async [Symbol.asyncDispose]() {
      await app.close()
      if (schema) await adminQuery(`drop schema if exists ${schema} cascade`)
    },
  }
}
