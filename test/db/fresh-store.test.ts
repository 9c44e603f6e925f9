import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { FRESH_STORE_FILE, freshStoreModule, recordFreshSqliteStore } from '../../scripts/fresh-store.js'
import { Database, freshSqliteStoreIsCurrent, newMigrator } from '../../src/server/db/database.js'
import { TransactionalDdlSqliteDialect } from '../../src/server/db/drivers.js'
import type { DB } from '../../src/server/db/schema/index.js'
import { testDialect } from '../harness/dialect.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-fresh-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Everything a store holds: its schema, and every table's rows (the migrations' times left out). */
function contents(file: string): unknown {
  const sqlite = new BetterSqlite3(file, { readonly: true })
  try {
    const schema = sqlite.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all() as Array<{
      type: string
      name: string
    }>
    const rows = schema
      .filter((entry) => entry.type === 'table' && !entry.name.startsWith('sqlite_'))
      .map((entry) => {
        const all = sqlite.prepare(`select * from "${entry.name}" order by 1`).all() as Array<Record<string, unknown>>
        return [entry.name, entry.name === 'kysely_migration' ? all.map((row) => row.name) : all]
      })
    return { schema, rows }
  } finally {
    sqlite.close()
  }
}

describe.runIf(testDialect() === 'sqlite')('a new SQLite store, made from fresh-sqlite-store.ts', () => {
  it('is recorded from the current migrations (run `npm run fresh-store`)', async () => {
    expect(fs.readFileSync(FRESH_STORE_FILE, 'utf8')).toBe(freshStoreModule(await recordFreshSqliteStore()))
    // …so that a new store is made from it (a lagging file would be ignored).
    expect(freshSqliteStoreIsCurrent()).toBe(true)
  })

  it('holds exactly what the migrator makes, each migration recorded as run at the start that made it', async () => {
    const migratedFile = path.join(dir, 'migrated.db')
    const migrated = new Kysely<DB>({ dialect: new TransactionalDdlSqliteDialect({ database: new BetterSqlite3(migratedFile) }) })
    const { error } = await newMigrator(migrated).migrateToLatest()
    await migrated.destroy()
    expect(error).toBeUndefined()

    const replayedFile = path.join(dir, 'replayed.db')
    const before = new Date().toISOString()
    const replayed = await Database.open({ sqliteFile: replayedFile })
    await replayed.migrate()
    await replayed.close()

    expect(contents(replayedFile)).toEqual(contents(migratedFile))
    const sqlite = new BetterSqlite3(replayedFile, { readonly: true })
    const times = sqlite.prepare('select timestamp from kysely_migration').all() as Array<{ timestamp: string }>
    sqlite.close()
    expect(times.length).toBeGreaterThan(0)
    for (const { timestamp } of times) expect(timestamp >= before && timestamp <= new Date().toISOString()).toBe(true)
  })
})
