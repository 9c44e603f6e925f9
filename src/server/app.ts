import path from 'node:path'
import { pino, type Logger } from 'pino'
import { ensureRootUser, type Credentials } from './accounts.js'
import type { Config, LogLevel } from './config.js'
import { systemClock, type Clock } from './domain/clock.js'
import { Database } from './db/database.js'
import { createHttpServer, type HttpServer } from './http/server.js'
import { jobKinds } from './jobs/kinds/index.js'
import { JobWorker } from './jobs/worker.js'
import { AuditLog } from './pipeline/audit.js'
import { describeTightened, securePrivateFiles, sqliteFiles } from './private-files.js'
import { reportCrossOwnerBindings } from './services/binding.js'
import { OperatorState } from './services/world-clock.js'

export interface AppOptions {
  config: Config
  clock?: Clock
  logger?: Logger
  /** `auto`: the background loop starts once listening; `manual`: tests drive `worker.runDue()` on a fake clock. */
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
  /** The simulated world's clock: the base clock plus the operator's offset (docs/operator.md#the-clock). */
  clock: Clock
  /** The clock given (the wall, or a test's fake): signature windows check it. */
  baseClock: Clock
  /** The clock's offset and the fault rules, cached from the store and polled. */
  operator: OperatorState
  database: Database
  worker: JobWorker
  /** The audit log's writer; undefined when QINGSTACK_AUDIT=0. */
  audit: AuditLog | undefined
  http: HttpServer
  root: Credentials
  logger: Logger
  /** Starts listening, then the job worker; resolves to the API endpoint URL. */
  listen(): Promise<string>
  close(): Promise<void>
}

/**
 * Opens the store. A SQLite file is created 0600 in a 0700 directory before SQLite opens it (its
 * `-wal` and `-shm` then take the same mode), and an existing one with looser modes is tightened,
 * said in one line through `warn` (default: standard error).
 */
export function openDatabase(
  config: Config,
  options: {
    schema?: string | undefined
    sqliteFile?: string | undefined
    warn?: (message: string) => void
    logger?: Logger | undefined
  } = {},
): Promise<Database> {
  const sqliteFile = options.sqliteFile ?? path.join(config.dataDir, 'qingstack.db')
  if (!config.databaseUrl && sqliteFile !== ':memory:') {
    const dir = path.dirname(sqliteFile)
    const files = [...sqliteFiles(sqliteFile), path.join(dir, 'config.yaml')]
    const tightened = securePrivateFiles({ dir, files, create: [sqliteFile] })
    if (tightened.length > 0) {
      const message = describeTightened(tightened)
      if (options.warn) options.warn(message)
      else process.stderr.write(`qingstack: ${message}\n`)
    }
  }
  return Database.open({
    url: config.databaseUrl,
    sqliteFile,
    ...(options.schema ? { schema: options.schema } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  })
}

/**
 * pino() captures a stack trace to locate transport targets, which we do not use; in the bundled
 * server that capture makes V8 map positions of a 2 MB script, a tenth of the time to the first
 * answer. Without frames the trace is free and the logger is the same.
 */
function newLogger(level: LogLevel): Logger {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return pino({
      level,
      // A server certificate's private key never reaches the log, whatever logs a request's parameters
      // (docs/compat.md#server-certificate-private-key).
      redact: {
        paths: ['private_key', '*.private_key', '*.*.private_key'],
        censor: '[redacted]',
      },
      hooks: {
        // The banner says where the server listens; fastify's own line would come before it.
        logMethod(args, method) {
          if (typeof args[0] === 'string' && args[0].startsWith('Server listening at')) return
          method.apply(this, args)
        },
      },
    })
  } finally {
    Error.stackTraceLimit = limit
  }
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options
  const baseClock = options.clock ?? systemClock
  const logger = options.logger ?? newLogger(config.logLevel)
  const database = await openDatabase(config, { ...options, logger, warn: (message) => logger.warn(message) })
  try {
    await database.migrate()
  } catch (error) {
    await database.close()
    throw error
  }
  let root: Credentials
  try {
    root = await ensureRootUser(database, baseClock, config.rootAccessKey)
  } catch (error) {
    await database.close()
    throw error
  }
  // Bindings across owners predate the one-owner rule: say so, change nothing (docs/compat.md#one-owner-per-binding).
  await reportCrossOwnerBindings(database.db, logger)
  // The world's clock starts where the store says it stands; a moved clock wakes the worker at once.
  let nudge = () => {}
  const operator = new OperatorState({ database, base: baseClock, logger, onClockMoved: () => nudge() })
  try {
    await operator.refresh()
  } catch (error) {
    await database.close()
    throw error
  }
  const clock = operator.clock
  const worker = new JobWorker({
    database,
    clock,
    timing: config.timing,
    leaseMs: config.jobLeaseMs,
    recycleWindowMs: config.recycleWindowMs,
    auditRetentionMs: config.auditDays * 24 * 3600_000,
    logger,
    kinds: jobKinds,
    webhookHosts: config.webhookHosts,
  })
  const audit = config.audit ? new AuditLog({ database, logger }) : undefined
  // prom-client and its dependencies are loaded only when /metrics is switched on: a tenth of the
  // server bundle, parsed on every start for nothing otherwise.
  const metrics = config.metrics ? new (await import('./pipeline/metrics.js')).Metrics({ database, clock }) : undefined
  nudge = () => worker.nudge()
  const http = createHttpServer({
    database,
    audit,
    metrics,
    clock,
    baseClock,
    operator,
    config,
    logger,
    nudgeWorker: () => worker.nudge(),
    validateResponses: options.validateResponses ?? false,
  })

  return {
    config,
    clock,
    baseClock,
    operator,
    database,
    worker,
    audit,
    http,
    root,
    logger,
    async listen() {
      await http.listen({ host: config.host, port: config.port })
      // Only a server that listens works on jobs: one that failed to start leaves nothing running.
      if (options.worker !== 'manual') worker.start()
      operator.start()
      const address = http.server.address()
      const port = typeof address === 'object' && address ? address.port : config.port
      return `http://${config.host}:${port}/iaas/`
    },
    async close() {
      // Stop accepting and let in-flight requests end, while the worker finishes its current step.
      await Promise.all([http.close(), worker.stop(), operator.stop()])
      // Events written behind are flushed once no request can add more.
      await audit?.stop()
      await database.close()
    },
  }
}
