import { describe, expect, it } from 'vitest'
import { eventually, processStore, spawnServer } from '../harness/process.js'

describe('a job survives SIGKILL of the server process', () => {
  it('finishes exactly once after a restart on the same store', async () => {
    await using store = await processStore()
    const first = await spawnServer(store)
    const client = first.client()
    const { job_id, volumes } = await client.createVolumes({ size: 20, count: 3 })
    // Realistic timing: the job turns working at once and finishes about 4 s later.
    await eventually(
      async () => ((await client.describeJobs({ jobs: [job_id] })).job_set[0]!.status === 'working' ? true : undefined),
      5000,
      'the job to start',
    )
    await first.kill()

    const second = await spawnServer(store)
    try {
      const again = second.client()
      const job = await eventually(
        async () => {
          const found = (await again.describeJobs({ jobs: [job_id] })).job_set[0]!
          return found.status === 'successful' || found.status === 'failed' ? found : undefined
        },
        20_000,
        'the job to finish after the restart',
      )
      expect(job.status).toBe('successful')
      const after = await again.describeVolumes({ volumes })
      expect(after.volume_set.map((v) => [v.status, v.transition_status])).toEqual(volumes.map(() => ['available', '']))
      expect((await again.describeJobs()).total_count).toBe(1)
    } finally {
      await second.kill()
    }
  })
})
