import path from 'node:path'
import { pino, type Logger } from 'pino'
import { ensureRootUser, type Credentials } from './accounts.js'
import type { Config } from './config.js'
import { systemClock, type Clock } from './domain/clock.js'
import { Database } from './db/database.js'
import { createHttpServer, type HttpServer } from './http/server.js'
import { jobKinds } from './jobs/kinds/index.js'
import { JobWorker } from './jobs/worker.js'

export interface AppOptions {
  config: Config
  clock?: Clock
  logger?: Logger
  /** `manual`: no background loop; tests drive `worker.runDue()` on a fake clock. */
  worker?: 'auto' | 'manual'
  /** PostgreSQL schema (tests give each server its own). */
  schema?: string
  /** SQLite file; default `<dataDir>/qingstack.db`. */
  sqliteFile?: string
  validateResponses?: boolean
}

/** A wired server: store, clock, job worker and HTTP shell (ARCHITECTURE.md). */
export interface App {
  config: Config
  clock: Clock
  database: Database
  worker: JobWorker
  http: HttpServer
  root: Credentials
  logger: Logger
  /** Starts listening; resolves to the API endpoint URL. */
  listen(): Promise<string>
  close(): Promise<void>
}

export function openDatabase(config: Config, options: { schema?: string | undefined; sqliteFile?: string | undefined } = {}): Promise<Database> {
  return Database.open({
    url: config.databaseUrl,
    sqliteFile: options.sqliteFile ?? path.join(config.dataDir, 'qingstack.db'),
    ...(options.schema ? { schema: options.schema } : {}),
  })
}

/**
 * pino() captures a stack trace to locate transport targets, which we do not use; in the bundled
 * server that capture makes V8 map positions of a 2 MB script, a tenth of the time to the first
 * answer. Without frames the trace is free and the logger is the same.
 */
function newLogger(level: string): Logger {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return pino({ level })
  } finally {
    Error.stackTraceLimit = limit
  }
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? newLogger(config.logLevel)
  const database = await openDatabase(config, options)
  try {
    await database.migrate()
  } catch (error) {
    await database.close()
    throw error
  }
  const root = await ensureRootUser(database, clock, config.rootAccessKey)
  const worker = new JobWorker({
    database,
    clock,
    timing: config.timing,
    leaseMs: config.jobLeaseMs,
    recycleWindowMs: config.recycleWindowMs,
    logger,
    kinds: jobKinds,
  })
  const http = createHttpServer({
    database,
    clock,
    config,
    logger,
    nudgeWorker: () => worker.nudge(),
    validateResponses: options.validateResponses ?? false,
  })
  if (options.worker !== 'manual') worker.start()

  return {
    config,
    clock,
    database,
    worker,
    http,
    root,
    logger,
    async listen() {
      await http.listen({ host: config.host, port: config.port })
      const address = http.server.address()
      const port = typeof address === 'object' && address ? address.port : config.port
      return `http://${config.host}:${port}/iaas/`
    },
    async close() {
      await worker.stop()
      await http.close()
      await database.close()
    },
  }
}
