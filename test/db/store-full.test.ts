import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { QingApiError, QingClient } from '../../src/sdk/index.js'
import { createApp } from '../../src/server/app.js'
import { loadConfig } from '../../src/server/config.js'
import { FakeClock } from '../harness/clock.js'
import { testDialect } from '../harness/dialect.js'

/** Creates key pairs until the store refuses one; returns the refusal (at most `limit` tries). */
async function fillUntilRefused(client: QingClient, limit: number): Promise<QingApiError> {
  for (let i = 0; i < limit; i++) {
    try {
      await client.createKeyPair({ keypair_name: `filler-${i}-${'x'.repeat(200)}` })
    } catch (error) {
      if (error instanceof QingApiError) return error
      throw error
    }
  }
  throw new Error(`the store took ${limit} key pairs without filling up`)
}

// A full disk is played with SQLite's max_page_count, which fails writes exactly as a full device does (SQLITE_FULL).
describe.runIf(testDialect() === 'sqlite')('a full SQLite store', () => {
  it('answers 5000 naming the cause, logs the real error once, stays intact, and writes again once space returns', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-full-'))
    const lines: string[] = []
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) })
    const clock = new FakeClock()
    const config = loadConfig({ QINGSTACK_HOST: '127.0.0.1', QINGSTACK_PORT: '0', QINGSTACK_DATA_DIR: dataDir })
    const app = await createApp({ config, clock, logger, worker: 'manual' })
    try {
      const client = new QingClient({
        endpoint: await app.listen(),
        accessKeyId: app.root.access_key_id,
        secretAccessKey: app.root.secret_access_key,
        zone: 'pek3a',
        now: () => clock.now(),
        retries: 0,
      })
      const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(app.database.db)).rows[0]!.page_count
      await sql.raw(`pragma max_page_count = ${pages}`).execute(app.database.db)

      const refusal = await fillUntilRefused(client, 2000)
      expect(refusal.ret_code).toBe(5000)
      expect(refusal.message).toBe(`StoreFull, the store is full: database or disk is full in ${path.resolve(dataDir)}`)

      const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: { code?: string } })
      const full = logged.filter((entry) => entry.msg.includes('the store is full'))
      expect(full).toHaveLength(1)
      expect(full[0]!.err?.code).toBe('SQLITE_FULL')
      // The rollback that SQLite had already done itself is not what the log reports.
      expect(lines.join('\n')).not.toContain('cannot rollback')

      // Reads still work; nothing was half-written.
      const before = (await client.describeKeyPairs({ limit: 100 })).total_count
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(app.database.db)
      expect(integrity.rows.map((row) => row.integrity_check)).toEqual(['ok'])

      // Space returns: the next write goes through.
      await sql.raw('pragma max_page_count = 1073741823').execute(app.database.db)
      await client.createKeyPair({ keypair_name: 'after-space-returned' })
      expect((await client.describeKeyPairs({ limit: 100 })).total_count).toBe(before + 1)
    } finally {
      await app.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
