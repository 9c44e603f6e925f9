import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteAdapter, sql } from 'kysely'
import type { Logger } from 'pino'
import { ApiError } from '../../protocol/errors.js'
import { pgTypeParser, TransactionalDdlSqliteDialect, withNamedStatements, withStatementCache } from './drivers.js'
import { freshSqliteStore, NOW } from './fresh-sqlite-store.js'
import { migrations } from './migrations/index.js'
import type { DB } from './schema/index.js'
import { StoreAvailability, classifyStoreFailure, storeFailureError } from './store-failures.js'
import { WalCheckpointer } from './wal-checkpointer.js'

export type Dialect = 'sqlite' | 'postgres'

/** Anything queries can run on: the database outside a transaction, or a transaction. */
export type Queryable = Kysely<DB>

/**
 * A transaction handle. Store writes accept only this (house rule 6), so nothing is written
 * outside a transaction; `onCommit` defers side effects until the data is durable.
 */
export interface Tx {
  readonly db: Kysely<DB>
  readonly dialect: Dialect
  onCommit(hook: () => void): void
}

export interface DatabaseOptions {
  /** `postgres://…`, or undefined for SQLite. */
  url?: string | undefined
  /** SQLite file; `:memory:` for a throw-away store. */
  sqliteFile?: string
  /** PostgreSQL schema to use (created if missing); tests give each server its own. */
  schema?: string
  poolSize?: number
  /** Where connection losses and a full store are reported; silent when absent. */
  logger?: Logger
}

/** The dialect of a handle (a Database's own or a transaction's), from its adapter: for queries compiled once per dialect. */
export function dialectOf(q: Queryable): Dialect {
  return q.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres'
}

/** How long a new PostgreSQL connection may take before the request answers 5100 instead of waiting on. */
const CONNECT_TIMEOUT_MS = 5000

const MAX_ATTEMPTS = 5

// Compiled once: every request runs a transaction, and building these anew is wasted work.
const BEGIN: Record<Dialect, { read: CompiledQuery; write: CompiledQuery }> = {
  sqlite: { read: CompiledQuery.raw('begin'), write: CompiledQuery.raw('begin immediate') },
  postgres: { read: CompiledQuery.raw('begin read only'), write: CompiledQuery.raw('begin') },
}
const COMMIT = CompiledQuery.raw('commit')
const ROLLBACK = CompiledQuery.raw('rollback')

export class Database {
  readonly db: Kysely<DB>
  readonly dialect: Dialect
  /** Since when the store has been unreachable, if it is. */
  readonly availability = new StoreAvailability()
  /** The store as an error message names it: the SQLite file's folder, or the PostgreSQL host. */
  readonly location: string
  private readonly logger: Logger | undefined
  private readonly checkpointer: WalCheckpointer | undefined

  private constructor(db: Kysely<DB>, dialect: Dialect, location: string, logger: Logger | undefined, checkpointer?: WalCheckpointer) {
    this.db = db
    this.dialect = dialect
    this.location = location
    this.logger = logger
    this.checkpointer = checkpointer
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    if (options.url) {
      // Loaded only here: pg costs a SQLite start a tenth of its time to first answer.
      const { default: pg } = await import('pg')
      const schema = options.schema
      if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`)
      if (schema) {
        const admin = new pg.Client({ connectionString: options.url })
        await admin.connect()
        try {
          await admin.query(`create schema if not exists ${schema}`)
        } catch (error) {
          // Processes starting together race on "if not exists"; the loser finds the schema made.
          const code = (error as { code?: string }).code
          if (code !== '23505' && code !== '42P06') throw error
        } finally {
          await admin.end()
        }
      }
      const pool = new pg.Pool({
        connectionString: options.url,
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        keepAlive: true,
        ...(schema ? { options: `-c search_path=${schema}` } : {}),
        types: { getTypeParser: pgTypeParser(pg.types) },
      })
      const database = new Database(
        new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) }),
        'postgres',
        `PostgreSQL at ${new URL(options.url).host}`,
        options.logger,
      )
      // A connection dropped by a restarting server emits 'error' on its client, idle in the pool
      // or checked out by a transaction; unheard, node would end the process. The query in flight
      // already fails with the same error, and the pool replaces the client: note it and go on.
      const onConnectionError = (error: Error) => database.noteFailure(error)
      pool.on('error', onConnectionError)
      pool.on('connect', (client) => client.on('error', onConnectionError))
      return database
    }
    const file = options.sqliteFile ?? ':memory:'
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
    const sqlite = new BetterSqlite3(file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('foreign_keys = ON')
    const checkpointer = file === ':memory:' ? undefined : new WalCheckpointer(sqlite, path.resolve(file), options.logger)
    const location = file === ':memory:' ? 'an in-memory SQLite store' : path.dirname(path.resolve(file))
    return new Database(
      new Kysely<DB>({ dialect: new TransactionalDdlSqliteDialect({ database: withStatementCache(sqlite) }) }),
      'sqlite',
      location,
      options.logger,
      checkpointer,
    )
  }

  /**
   * The wire error for a failure of the store itself (unreachable, full), after noting it; undefined
   * for any other error. Every path that reads or writes the store outside `transaction` maps its
   * errors through this too.
   */
  storeError(error: unknown): ApiError | undefined {
    const failure = this.noteFailure(error)
    return failure && storeFailureError(failure, { location: this.location, downForSeconds: this.availability.downForSeconds() })
  }

  /**
   * Whether `error` is the store failing rather than the work it was doing: a driver error of an
   * outage or a full store (noted, as `storeError` does), or what `transaction` already answered
   * for one (ServerBusy, StoreFull). Worth waiting out; never a job's failure.
   */
  failedStore(error: unknown): boolean {
    if (error instanceof ApiError) return error.key === 'ServerBusy' || error.key === 'StoreFull'
    return this.storeError(error) !== undefined
  }

  /** Records that the store answered (ends an outage, with one log line). */
  noteSuccess(): void {
    const lasted = this.availability.markUp()
    if (lasted !== undefined) this.logger?.warn({ outage_ms: lasted }, `store reachable again after ${Math.round(lasted / 1000)} s`)
  }

  /** Classifies and logs a failure: an outage once when it begins, a full store each time with the driver's error. */
  noteFailure(error: unknown): ReturnType<typeof classifyStoreFailure> {
    const failure = classifyStoreFailure(error)
    if (failure?.kind === 'unavailable' && this.availability.markDown()) {
      this.logger?.error({ err: error }, `store unavailable (${this.location}): ${failure.cause}`)
    } else if (failure?.kind === 'full') {
      this.logger?.error({ err: error }, `the store is full (${this.location}): ${failure.cause}`)
    }
    return failure
  }

  /** Applies every pending migration; safe when several processes start at once (advisory lock on PostgreSQL). */
  async migrate(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.migrateOnce()
      } catch (error) {
        // Kysely's migrator introspects the tables of every schema of the database; one dropped
        // meanwhile (another deployment's, another test run's) fails that read with 3F000. Nothing
        // was applied (PostgreSQL migrations run in one transaction): look again.
        if (attempt >= MIGRATE_ATTEMPTS || !isDroppedSchemaError(error)) throw error
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
      }
    }
  }

  private async migrateOnce(): Promise<void> {
    if (await this.isUpToDate()) return
    if (this.dialect === 'sqlite' && !(await this.hasStore()) && freshSqliteStoreIsCurrent()) return this.makeFreshSqliteStore()
    // Kysely looks for its bookkeeping tables in every schema unless told which one: name ours, or a
    // neighbour schema (another test run, another deployment) would pass for this one.
    const migrationTableSchema =
      this.dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(this.db)).rows[0]!.schema
        : undefined
    const { error, results } = await newMigrator(this.db, migrationTableSchema).migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')
      throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error })
    }
  }

  /**
   * A new SQLite store, made by running what the migrator runs to make one (fresh-sqlite-store.ts),
   * in one transaction: building and compiling those statements with Kysely took four times as long
   * as running them, and a start on a fresh data directory is the first thing a user sees.
   */
  private async makeFreshSqliteStore(): Promise<void> {
    const now = new Date().toISOString()
    await this.db.transaction().execute(async (tx) => {
      for (const [text, parameters] of freshSqliteStore.statements) {
        await tx.executeQuery(
          CompiledQuery.raw(
            text,
            parameters.map((value) => (value === NOW ? now : value)),
          ),
        )
      }
    })
  }

  /** Whether a store was made here (its migration table exists); creates nothing. */
  async hasStore(): Promise<boolean> {
    const query =
      this.dialect === 'postgres'
        ? sql`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'kysely_migration'`
        : sql`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`
    return (await query.execute(this.db)).rows.length > 0
  }

  /**
   * Kysely's migrator introspects every table before it looks at what ran, which is most of a
   * restart's time; when every migration is recorded already there is nothing to do.
   */
  private async isUpToDate(): Promise<boolean> {
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(this.db)
      const names = new Set(applied.rows.map((row) => row.name))
      return Object.keys(migrations).every((name) => names.has(name))
    } catch (error) {
      if (classifyStoreFailure(error)) throw error
      return false // no bookkeeping table yet: a fresh store
    }
  }

  /**
   * Runs `work` in one transaction and returns its result; hooks registered with `onCommit` run
   * after COMMIT. Conflicts (a busy SQLite file, a PostgreSQL serialization failure or deadlock,
   * a unique-key race) roll back and rerun the whole of `work`, so callers write idempotent work
   * and check business uniqueness themselves before inserting.
   */
  async transaction<T>(work: (tx: Tx) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const hooks: Array<() => void> = []
      try {
        const result = await this.db.connection().execute(async (conn) => {
          const begin = this.beginStatement(options.readOnly === true)
          if (begin) await conn.executeQuery(begin)
          try {
            const value = await work({ db: conn, dialect: this.dialect, onCommit: (hook) => hooks.push(hook) })
            if (begin) await conn.executeQuery(COMMIT)
            return value
          } catch (error) {
            if (begin) await this.rollback(conn, error)
            throw error
          }
        })
        this.noteSuccess()
        for (const hook of hooks) hook()
        return result
      } catch (error) {
        if (error instanceof ApiError) throw error
        // An outage or a full store is answered at once: a statement cut off mid-transaction was
        // rolled back (or never reached the server), and the client retries 5100 itself.
        const storeError = this.storeError(error)
        if (storeError) throw storeError
        if (!isRetryable(error)) throw error
        if (attempt >= MAX_ATTEMPTS) {
          throw new ApiError('ServerBusy', { reason: 'the store is busy, please retry' })
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt))
      }
    }
  }

  /** Whether the store answers and every migration of this release is applied (for /readyz). */
  async readiness(): Promise<{ ready: true } | { ready: false; reason: string }> {
    try {
      if (!(await this.isUpToDate())) return { ready: false, reason: 'migrations are not applied yet' }
      this.noteSuccess()
      return { ready: true }
    } catch (error) {
      const failure = this.noteFailure(error)
      return { ready: false, reason: `store unavailable: ${failure?.cause ?? String(error)}` }
    }
  }

  async close(): Promise<void> {
    // The thread's connection first: the store's last close checkpoints what is left and removes the WAL.
    await this.checkpointer?.stop()
    await this.db.destroy()
  }

  /**
   * Rolls back after `failure`, never masking it: SQLite has already rolled back after SQLITE_FULL
   * ("no transaction is active"), and a dropped PostgreSQL connection cannot roll back at all (the
   * server discards the transaction itself). The first error is the one that matters.
   */
  private async rollback(conn: Kysely<DB>, failure: unknown): Promise<void> {
    try {
      await conn.executeQuery(ROLLBACK)
    } catch (rollbackError) {
      this.logger?.debug({ err: rollbackError, cause: String(failure) }, 'rollback after a failed transaction also failed')
    }
  }

  /**
   * Undefined for a read on PostgreSQL: at its READ COMMITTED level every statement takes its own
   * snapshot inside a transaction as well, so BEGIN and COMMIT would only add two round trips to
   * what a Describe reads (a fifth of its cost), and change nothing it sees. SQLite keeps its read
   * transaction: the connection is shared, and the transaction is what keeps another request's
   * uncommitted writes out of the read.
   */
  private beginStatement(readOnly: boolean): CompiledQuery | undefined {
    if (readOnly && this.dialect === 'postgres') return undefined
    return BEGIN[this.dialect][readOnly ? 'read' : 'write']
  }
}

/** Kysely's migrator for every migration of this release, as `migrate` runs it (and as scripts/fresh-store.ts records it). */
export function newMigrator(db: Kysely<DB>, migrationTableSchema?: string): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Numbers are reserved in ranges per area (migrations/index.ts), so a store that already ran
    // 040 later meets 020 from a branch merged after it: run it, do not call the history corrupt.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  })
}

/**
 * Whether fresh-sqlite-store.ts was recorded from this release's migrations. A test keeps it so;
 * should it lag (a migration added, its file not regenerated), a fresh store is migrated as any other.
 */
export function freshSqliteStoreIsCurrent(): boolean {
  const names = Object.keys(migrations)
  return names.length === freshSqliteStore.migrations.length && names.every((name, i) => freshSqliteStore.migrations[i] === name)
}

/** The driver's error code (SQLite's `SQLITE_…`, PostgreSQL's SQLSTATE), if any. */
function codeOf(error: unknown): unknown {
  return error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined
}

function isRetryable(error: unknown): boolean {
  const code = codeOf(error)
  if (typeof code !== 'string') return false
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === '40001' || // serialization_failure
    code === '40P01' || // deadlock_detected
    code === '23505' // unique_violation
  )
}

const MIGRATE_ATTEMPTS = 5

/** PostgreSQL's "schema … does not exist" (3F000), as the migrator reports it (as the cause, or itself). */
function isDroppedSchemaError(error: unknown): boolean {
  return codeOf(error) === '3F000' || (error instanceof Error && codeOf(error.cause) === '3F000')
}
