import { sql } from 'kysely'
import path from 'node:path'
import { Database } from '../../src/server/db/database.js'
import { eventually, spawnServer, type ProcessStore } from '../harness/process.js'

export interface CrashReport {
  rounds: number
  acknowledged: number
  jobs: number
  steps: number
  duplicateSteps: number
  unsuccessful: number
  stuckResources: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts qingstack on `store`, fires async actions, SIGKILLs it at a random moment, and again, for
 * `rounds` rounds; then lets a last process finish and reads the store: every job must have run
 * each step exactly once and no resource may be left in a transition.
 */
export async function crashLoop(store: ProcessStore, options: { rounds: number; random?: () => number }): Promise<CrashReport> {
  const random = options.random ?? Math.random
  const env = { QINGSTACK_JOB_LEASE_S: '1', QINGSTACK_TIMING: 'realistic' }
  let acknowledged = 0
  for (let round = 0; round < options.rounds; round++) {
    const server = await spawnServer(store, env)
    const client = server.client()
    // Four lanes keep requests in flight until the kill lands in the middle of some of them.
    let alive = true
    const lanes = Array.from({ length: 4 }, async () => {
      while (alive) {
        try {
          await client.createVolumes({ size: 20, count: 1 + Math.floor(random() * 3) })
          acknowledged++
        } catch {
          return // killed before it answered: the action committed whole or not at all
        }
      }
    })
    await pause(50 + Math.floor(random() * 1500))
    await server.kill()
    alive = false
    await Promise.all(lanes)
  }

  const last = await spawnServer(store, env)
  const database = await Database.open(
    store.env.DATABASE_URL ? { url: store.env.DATABASE_URL } : { sqliteFile: path.join(store.dataDir, 'qingstack.db') },
  )
  try {
    const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(database.db)).rows[0]!.n)
    await eventually(
      async () => ((await count(`select count(*) as n from jobs where status in ('pending', 'working')`)) === 0 ? true : undefined),
      60_000,
      'every job to finish after the last restart',
    )
    return {
      rounds: options.rounds,
      acknowledged,
      jobs: await count('select count(*) as n from jobs'),
      steps: await count('select count(*) as n from job_steps'),
      duplicateSteps: await count(
        'select count(*) as n from (select job_id, step from job_steps group by job_id, step having count(*) > 1) d',
      ),
      unsuccessful: await count(`select count(*) as n from jobs where status <> 'successful'`),
      stuckResources: await count(`select count(*) as n from volumes where transition_status <> ''`),
    }
  } finally {
    await database.close()
    await last.kill()
  }
}
