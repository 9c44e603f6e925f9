import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it, vi } from 'vitest'
import { Database } from '../../src/server/db/database.js'
import { testDialect } from '../harness/dialect.js'

// SQLite's own checkpoint runs in the commit that fills the WAL past 1 000 pages; a store of fewer
// pages than that is only ever copied back into its file by the thread behind.
describe.runIf(testDialect() === 'sqlite')('the WAL of a SQLite store', () => {
  it('is copied back into the store file by a thread of its own, not by a commit, and the thread ends with the store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-wal-'))
    const file = path.join(dir, 'store.db')
    const database = await Database.open({ sqliteFile: file })
    let closed = false
    try {
      await sql`create table filler (data blob not null)`.execute(database.db)
      const before = fs.statSync(file).size
      for (let i = 0; i < 10; i++) {
        await database.transaction((tx) => sql`insert into filler (data) values (randomblob(100000))`.execute(tx.db).then(() => undefined))
      }
      await vi.waitFor(() => expect(fs.statSync(file).size).toBeGreaterThan(before + 1_000_000), { timeout: 10_000, interval: 20 })
      await database.close()
      closed = true
      // The last connection to close removes the WAL: the thread's is closed by then.
      expect(fs.existsSync(`${file}-wal`)).toBe(false)
    } finally {
      if (!closed) await database.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
