import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { testDialect } from '../harness/dialect.js'
import { CLI, eventually, processStore, spawnServer } from '../harness/process.js'

const run = promisify(execFile)

describe('qingstack start --processes N', () => {
  it.runIf(testDialect() === 'sqlite')('refuses several processes on SQLite, saying why', async () => {
    await using store = await processStore()
    const failure = (await run(process.execPath, [CLI, 'start', '--processes', '2'], { env: { ...process.env, ...store.env } }).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string }
    expect(failure.code).toBe(1)
    expect(failure.stderr).toContain('DATABASE_URL')
  })

  it.runIf(testDialect() === 'postgres')('serves one port from N processes that all run jobs', async () => {
    await using store = await processStore()
    const server = await spawnServer(store, { QINGSTACK_TIMING: 'instant' }, ['--processes', '2'])
    try {
      expect(server.stdout).toContain('processes:         2')
      const client = server.client()
      const created = await Promise.all(Array.from({ length: 24 }, () => client.createVolumes({ size: 20 })))
      const db = new pg.Client({ connectionString: store.env.DATABASE_URL })
      await db.connect()
      try {
        await eventually(
          async () => {
            const n = Number((await db.query(`select count(*) as n from jobs where status = 'successful'`)).rows[0].n)
            return n === created.length ? true : undefined
          },
          20_000,
          'every job to succeed',
        )
        const workers = (await db.query('select distinct worker from job_steps')).rows.map(
          (r: { worker: string }) => r.worker.split('-')[1],
        )
        // Requests are spread over the processes and each runs the jobs it was nudged for.
        expect(new Set(workers).size).toBe(2)
      } finally {
        await db.end()
      }
    } finally {
      await server.kill()
    }
  })
})
