import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { QingApiError, QingClient } from '../../src/sdk/index.js'
import { testDialect } from '../harness/dialect.js'
import { PROCESS_KEY, eventually, processStore, spawnServer, type ServerProcess } from '../harness/process.js'
import { startTcpProxy } from '../harness/tcp-proxy.js'

const ROUNDS = 3
const BURST = 12

/** A client that gives up after a few seconds instead of hanging: an outage must be answered, not waited out. */
function impatientClient(server: ServerProcess): QingClient {
  return new QingClient({
    endpoint: server.url,
    accessKeyId: PROCESS_KEY.id,
    secretAccessKey: PROCESS_KEY.secret,
    zone: 'pek3a',
    retries: 0,
    timeoutMs: 10_000,
  })
}

/** Every third call allocates two EIPs (an address allocation), the others create volumes (a job). */
async function burst(clients: QingClient[], count: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = clients[i % clients.length]!
      if (i % 3 === 0) return { eips: (await client.allocateEips({ bandwidth: 1, count: 2 })).eips }
      return { job: (await client.createVolumes({ size: 20, count: 2 })).job_id }
    }),
  )
}

// Several processes on one store is PostgreSQL's job; the outage is a proxy's, so the shared server is untouched.
describe.runIf(testDialect() === 'postgres')('PostgreSQL going away under two server processes', () => {
  it('keeps both processes up, answers 5100 during each outage, and finishes every job exactly once', async () => {
    await using store = await processStore()
    const direct = new URL(store.env.DATABASE_URL!)
    await using proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
    const viaProxy = new URL(direct)
    viaProxy.host = `127.0.0.1:${proxy.port}`
    const env = {
      DATABASE_URL: viaProxy.toString(),
      QINGSTACK_JOB_LEASE_S: '1',
      QINGSTACK_TIMING: 'realistic',
      QINGSTACK_QUOTAS: 'volume=1000,eip=1000',
      QINGSTACK_EIP_POOL: '139.198.7.0/25',
    }
    const a = await spawnServer(store, env)
    const b = await spawnServer(store, env)
    const clients = [impatientClient(a), impatientClient(b)]
    const jobs: string[] = []
    const eips: string[] = []
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (const answer of await burst(clients, BURST)) {
          if (answer.job !== undefined) jobs.push(answer.job)
          if (answer.eips !== undefined) eips.push(...answer.eips)
        }

        proxy.cut()
        proxy.refuse()
        let restored = false
        const duringOutage = await Promise.all(
          clients.flatMap((client) => [
            client.describeVolumes({}).then(
              () => ({ code: 0, beforeRestore: !restored }),
              (error: unknown) => ({
                code: error instanceof QingApiError ? error.ret_code : -1,
                message: String(error),
                beforeRestore: !restored,
              }),
            ),
            client.createVolumes({ size: 20 }).then(
              (answer) => (jobs.push(answer.job_id), { code: 0, beforeRestore: !restored }),
              (error: unknown) => ({
                code: error instanceof QingApiError ? error.ret_code : -1,
                message: String(error),
                beforeRestore: !restored,
              }),
            ),
          ]),
        )
        // The outage lasts until every request made during it has been answered, and each was answered 5100.
        restored = true
        proxy.accept()
        for (const answer of duringOutage) {
          expect(answer).toMatchObject({ code: 5100, beforeRestore: true })
          expect((answer as { message: string }).message).toContain('store unavailable')
        }
        expect(a.child.exitCode).toBeNull()
        expect(b.child.exitCode).toBeNull()
      }

      // Back to normal: both processes answer again, without a restart.
      await eventually(
        async () => {
          const answers = await Promise.allSettled(clients.map((client) => client.describeZones({})))
          return answers.every((answer) => answer.status === 'fulfilled') ? true : undefined
        },
        20_000,
        'both processes to answer after the outage',
      )

      const db = new pg.Client({ connectionString: direct.toString() })
      await db.connect()
      try {
        const unfinished = async () =>
          Number((await db.query(`select count(*) as n from jobs where status in ('pending', 'working')`)).rows[0].n)
        await eventually(async () => ((await unfinished()) === 0 ? true : undefined), 60_000, 'every job to finish')
        const rows = (await db.query('select job_id, status from jobs')).rows as Array<{ job_id: string; status: string }>
        expect(rows.every((job) => job.status === 'successful')).toBe(true)
        for (const job_id of jobs) expect(rows.map((row) => row.job_id)).toContain(job_id)

        // Every step ran exactly once: two steps per job, each logged once.
        const steps = (await db.query('select job_id, step from job_steps')).rows as Array<{ job_id: string; step: number }>
        const keys = steps.map((s) => `${s.job_id}#${s.step}`)
        expect(new Set(keys).size).toBe(keys.length)
        expect(keys).toHaveLength(rows.length * 2)

        const volumes = (await db.query('select status, transition_status from volumes')).rows
        expect(volumes.every((v) => v.status === 'available' && v.transition_status === '')).toBe(true)
        const addresses = (await db.query('select eip_id, eip_addr from eips')).rows as Array<{ eip_id: string; eip_addr: string }>
        for (const eip_id of eips) expect(addresses.map((e) => e.eip_id)).toContain(eip_id)
        expect(new Set(addresses.map((e) => e.eip_addr)).size).toBe(addresses.length)
      } finally {
        await db.end()
      }
      expect(a.child.exitCode).toBeNull()
      expect(b.child.exitCode).toBeNull()
    } finally {
      await b.kill()
      await a.kill()
    }
  })
})
