// The drivers as the store uses them: SQLite told it runs DDL in transactions, its statements
// prepared once; PostgreSQL's queries run as named statements; bigints arrive as numbers.
import type BetterSqlite3 from 'better-sqlite3'
import { SqliteAdapter, SqliteDialect, type PostgresPool, type PostgresPoolClient, type SqliteDatabase } from 'kysely'
import type pg from 'pg'

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, so its migrator ran
 * each statement of each migration as a transaction of its own. Told the truth, the migrator applies
 * all pending migrations in one transaction, as on PostgreSQL: with a quarter less work, and a failed
 * migration leaves nothing half-applied. (A new store replays them instead: `makeFreshSqliteStore`.)
 */
export class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter()
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

const STATEMENT_CACHE_SIZE = 512

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query. The
 * one connection runs one statement at a time, so a prepared statement can be reused safely.
 * Least recently used statements are dropped past STATEMENT_CACHE_SIZE (`in (…)` lists of varying
 * length make distinct texts).
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, RowStatement>()
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text)
      if (statement) cache.delete(text)
      else statement = rowStatement(sqlite.prepare(text))
      cache.set(text, statement)
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>
    },
  }
}

/** What Kysely's SQLite driver uses of a statement. */
interface RowStatement {
  readonly reader: boolean
  all(parameters: readonly unknown[]): unknown[]
  run(parameters: readonly unknown[]): BetterSqlite3.RunResult
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>
}

/**
 * better-sqlite3 builds each row object key by key, which costs twice what reading the row does (a
 * page of 20 instances: ~150 µs of ~230). Reading rows as arrays and shaping them with a function
 * made once per statement gives the same objects (same keys, same order; of two columns of one
 * name the last value wins, as before) at a fraction of the cost.
 */
function rowStatement(statement: BetterSqlite3.Statement): RowStatement {
  if (!statement.reader) {
    return {
      reader: false,
      all: (parameters) => statement.all(parameters),
      run: (parameters) => statement.run(parameters),
      iterate: (parameters) => statement.iterate(parameters),
    }
  }
  const raw = statement.raw(true)
  let shape = rowShape(raw)
  return {
    reader: true,
    all(parameters) {
      const rows = raw.all(parameters) as unknown[][]
      // A schema change re-prepares the statement inside SQLite and may change `select *`.
      if (rows.length > 0 && rows[0]!.length !== shape.width) shape = rowShape(raw)
      return rows.map(shape.make)
    },
    run: (parameters) => raw.run(parameters),
    *iterate(parameters) {
      for (const row of raw.iterate(parameters) as IterableIterator<unknown[]>) {
        if (row.length !== shape.width) shape = rowShape(raw)
        yield shape.make(row)
      }
    },
  }
}

function rowShape(statement: BetterSqlite3.Statement): { width: number; make: (row: unknown[]) => unknown } {
  const names = statement.columns().map((column) => column.name)
  // Computed keys define own properties even for a column named `__proto__`.
  const fields = names.map((name, i) => `[${JSON.stringify(name)}]: row[${i}]`).join(', ')
  return { width: names.length, make: new Function('row', `return { ${fields} }`) as (row: unknown[]) => unknown }
}

const NAMED_STATEMENTS = 512

/**
 * PostgreSQL parses and plans an unnamed statement anew each time; a named one is prepared once per
 * connection and then only bound and run. Each query text with parameters gets a name (the first
 * NAMED_STATEMENTS texts seen: `in (…)` lists of varying length make distinct texts, and a
 * connection keeps what it prepared), so that every Describe shape, run thousands of times, is
 * prepared once per connection.
 */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>()
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text)
    if (name === undefined && names.size < NAMED_STATEMENTS) names.set(text, (name = `qs${names.size}`))
    return name
  }
  return {
    connect: async () => {
      const client = await pool.connect()
      const query = (text: unknown, values?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text as pg.Submittable) // a cursor
        // Without parameters pg uses the simple protocol, which also runs DDL and several statements in one text.
        const name = values?.length ? nameOf(text) : undefined
        return client.query({ ...(name === undefined ? {} : { name }), text, values: values as unknown[] })
      }
      return { query, release: (destroy?: boolean) => client.release(destroy) } as unknown as PostgresPoolClient
    },
    end: () => pool.end(),
  }
}

/** count(*) and bigint columns arrive as numbers, not strings. */
export function pgTypeParser(types: typeof pg.types) {
  const INT8 = 20
  const NUMERIC = 1700
  return (oid: number, format?: string): ((value: string) => unknown) =>
    oid === INT8 || oid === NUMERIC ? Number : types.getTypeParser(oid, format as 'text')
}
