import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { isoAt } from '../../src/server/domain/clock.js'
import { claimDueJobs } from '../../src/server/db/stores/jobs.js'
import { jobKinds } from '../../src/server/jobs/kinds/index.js'
import { JobWorker } from '../../src/server/jobs/worker.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function secondWorker(api: TestServer, logger = pino({ level: 'silent' })): JobWorker {
  return new JobWorker({
    database: api.app.database,
    clock: api.clock,
    timing: 'realistic',
    leaseMs: api.app.config.jobLeaseMs,
    recycleWindowMs: api.app.config.recycleWindowMs,
    logger,
    kinds: jobKinds,
  })
}

async function stepLog(api: TestServer) {
  return api.app.database.db.selectFrom('job_steps').select(['job_id', 'step', 'worker']).execute()
}

describe('job workers', () => {
  it('run every step exactly once when two workers race for the same jobs', async () => {
    await using api = await startTestServer()
    const other = secondWorker(api)
    const jobs = await Promise.all(Array.from({ length: 30 }, () => api.client.createVolumes({ size: 20 })))
    for (let round = 0; round < 20; round++) {
      await Promise.all([api.app.worker.runDue(), other.runDue(), api.app.worker.runDue(), other.runDue()])
      api.clock.advance(1000)
    }
    const described = await api.client.describeJobs({ jobs: jobs.map((j) => j.job_id), limit: 100 })
    expect(described.job_set.map((j) => j.status)).toEqual(jobs.map(() => 'successful'))
    const log = await stepLog(api)
    const keys = log.map((row) => `${row.job_id}#${row.step}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toHaveLength(jobs.length * 2)
  })

  it('take over a step whose lease expired, and never one still leased', async () => {
    await using api = await startTestServer()
    const { job_id, volumes } = await api.client.createVolumes({ size: 20 })
    // A worker that claims the job and dies before running it.
    const now = api.clock.now()
    const claimed = await claimDueJobs(api.app.database.db, {
      worker: 'w-dead',
      now: isoAt(now),
      leaseUntil: isoAt(now + api.app.config.jobLeaseMs),
      limit: 10,
      postgres: api.dialect === 'postgres',
    })
    expect(claimed.map((j) => j.job_id)).toEqual([job_id])
    expect(await api.app.worker.runDue()).toBe(0)
    api.clock.advance(api.app.config.jobLeaseMs + 1)
    await api.drainJobs()
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]!.status).toBe('successful')
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]!.status).toBe('available')
    expect((await stepLog(api)).every((row) => row.worker !== 'w-dead')).toBe(true)
  })

  it('fail a job whose directive row does not match its kind, and keep running the others', async () => {
    await using api = await startTestServer()
    const lines: string[] = []
    const worker = secondWorker(api, pino({ level: 'error' }, { write: (line: string) => void lines.push(line) }))
    const broken = await api.client.createVolumes({ size: 20, count: 2 })
    const unparsable = await api.client.createVolumes({ size: 20 })
    const sound = await api.client.createVolumes({ size: 20 })
    const corrupt = (job_id: string, directive: string) =>
      api.app.database.db.updateTable('jobs').set({ directive }).where('job_id', '=', job_id).execute()
    await corrupt(broken.job_id, JSON.stringify({ volumes: 7 }))
    await corrupt(unparsable.job_id, '{"volumes": [')
    for (let round = 0; round < 10; round++) {
      await worker.runDue()
      api.clock.advance(1000)
    }
    const jobs = await api.client.describeJobs({ jobs: [broken.job_id, unparsable.job_id, sound.job_id] })
    const byId = new Map(jobs.job_set.map((job) => [job.job_id, job]))
    expect(byId.get(broken.job_id)).toMatchObject({ status: 'failed', error_codes: '5000' })
    expect(byId.get(unparsable.job_id)).toMatchObject({ status: 'failed', error_codes: '5000' })
    expect(byId.get(sound.job_id)).toMatchObject({ status: 'successful', error_codes: '' })
    // Each is said once, naming the job and what is wrong with its row.
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; job_id: string; problem: string })
    expect(logged.map((entry) => entry.msg)).toEqual(['job directive is malformed', 'job directive is malformed'])
    const problems = new Map(logged.map((entry) => [entry.job_id, entry.problem]))
    expect(problems.get(broken.job_id)).toMatch(/expected array, received number[\s\S]*volumes/)
    expect(problems.get(unparsable.job_id)).toBe('not JSON text')
  })
})
