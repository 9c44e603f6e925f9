import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { QingNetworkError, type QingClient } from '../../src/sdk/index.js'
import { testDialect } from '../harness/dialect.js'
import { eventually, processStore, spawnServer } from '../harness/process.js'

const REQUESTS = 120
const CONCURRENCY = 12

/**
 * Sends `count` requests, `CONCURRENCY` at a time, to whichever client `pick` chooses: every third
 * allocates two EIPs (an address allocation), the others CreateVolumes (an async job).
 */
async function storm(count: number, pick: (i: number) => QingClient, onHalf: () => Promise<void>) {
  const created: Array<{ job_id: string; volumes: string[] }> = []
  const allocated: string[] = []
  let next = 0
  let halfDone = false
  const lane = async () => {
    while (next < count) {
      const i = next++
      if (i >= count / 2 && !halfDone) {
        halfDone = true
        await onHalf()
      }
      try {
        if (i % 3 === 0) allocated.push(...(await pick(i).allocateEips({ bandwidth: 1, count: 2 })).eips)
        else created.push(await pick(i).createVolumes({ size: 20, count: 2 }))
      } catch (error) {
        // A request in flight to the killed process may fail; its answer never arrived, so it is
        // not counted (if it did commit, its job is still checked below through the database).
        if (!(error instanceof QingNetworkError)) throw error
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane))
  return { created, allocated }
}

// Several processes on one store is PostgreSQL's job (SQLite serves one process).
describe.runIf(testDialect() === 'postgres')('two server processes on one PostgreSQL database', () => {
  it('run every job exactly once and hand out no address twice under a storm, and finish the jobs of a process killed mid-storm', async () => {
    await using store = await processStore()
    // 120 calls of 2 volumes each: above the default volume quota of 200.
    // A /25 pool keeps the two processes picking from the same few addresses.
    const env = {
      QINGSTACK_JOB_LEASE_S: '1',
      QINGSTACK_TIMING: 'realistic',
      QINGSTACK_QUOTAS: 'volume=1000,eip=1000',
      QINGSTACK_EIP_POOL: '139.198.7.0/25',
    }
    const a = await spawnServer(store, env)
    const b = await spawnServer(store, env)
    let bAlive = true
    try {
      const { created, allocated } = await storm(
        REQUESTS,
        (i) => (bAlive && i % 2 === 1 ? b.client() : a.client()),
        async () => {
          bAlive = false
          await b.kill()
        },
      )
      expect(created.length).toBeGreaterThanOrEqual(REQUESTS / 3)
      expect(allocated.length).toBeGreaterThanOrEqual(REQUESTS / 3)

      const db = new pg.Client({ connectionString: store.env.DATABASE_URL })
      await db.connect()
      try {
        const unfinished = async () =>
          Number((await db.query(`select count(*) as n from jobs where status in ('pending', 'working')`)).rows[0].n)
        await eventually(async () => ((await unfinished()) === 0 ? true : undefined), 30_000, 'every job to finish')

        const jobs = (await db.query('select job_id, status from jobs')).rows as Array<{ job_id: string; status: string }>
        expect(jobs.every((job) => job.status === 'successful')).toBe(true)
        for (const { job_id } of created) expect(jobs.map((j) => j.job_id)).toContain(job_id)

        // Each job has two steps (start, finish), each logged exactly once.
        const steps = (await db.query('select job_id, step, worker from job_steps')).rows as Array<{
          job_id: string
          step: number
          worker: string
        }>
        const keys = steps.map((s) => `${s.job_id}#${s.step}`)
        expect(new Set(keys).size).toBe(keys.length)
        expect(keys).toHaveLength(jobs.length * 2)
        // Both processes worked before one was killed.
        expect(new Set(steps.map((s) => s.worker)).size).toBeGreaterThanOrEqual(2)

        const volumes = (await db.query('select volume_id, status, transition_status from volumes')).rows
        expect(volumes).toHaveLength(jobs.length * 2)
        expect(new Set(volumes.map((v) => v.volume_id)).size).toBe(volumes.length)
        expect(volumes.every((v) => v.status === 'available' && v.transition_status === '')).toBe(true)

        // Every answered EIP exists, and no two EIPs hold one address.
        const eips = (await db.query('select eip_id, eip_addr from eips')).rows as Array<{ eip_id: string; eip_addr: string }>
        for (const eip_id of allocated) expect(eips.map((e) => e.eip_id)).toContain(eip_id)
        expect(new Set(eips.map((e) => e.eip_addr)).size).toBe(eips.length)
      } finally {
        await db.end()
      }
    } finally {
      await b.kill()
      await a.kill()
    }
  })
})
