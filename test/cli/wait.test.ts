import { describe, expect, it } from 'vitest'
import { processStore, runCli, spawnServer } from '../harness/process.js'

describe('qingstack … --wait on a server with realistic job timing', () => {
  it('gives up after --timeout with exit code 1, saying what the job was doing', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    try {
      // CreateVolumes takes about 4 s here; the wait allows 1 s.
      const result = await runCli(store, ['volume', 'create-volumes', '--size', '20', '--wait', '--timeout', '1'])
      expect(result.code).toBe(1)
      const { job_id } = JSON.parse(result.stdout) as { job_id: string }
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(
        new RegExp(`^job ${job_id} \\(CreateVolumes\\): gave up waiting, still (pending|working), after \\d+\\.\\d s$`),
      )
    } finally {
      await server.kill()
    }
  })
})
