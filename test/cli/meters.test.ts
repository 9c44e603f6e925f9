import { describe, expect, it } from 'vitest'
import { processStore, runCli, spawnServer } from '../harness/process.js'

describe('qingstack meters set / clear', () => {
  it('pins a meter for a while with METER=VALUE and --for, and clears it', async () => {
    await using store = await processStore()
    const server = await spawnServer(store, { QINGSTACK_TIMING: 'instant' })
    try {
      const cli = (...args: string[]) => runCli(store, args)
      const run = await cli(
        'instance',
        'run-instances',
        '--image-id',
        'centos7x64d',
        '--instance-type',
        'c1m1',
        '--login-mode',
        'passwd',
        '--login-passwd',
        'Secret2026',
        '--wait',
      )
      expect(run.code).toBe(0)
      const instance = (JSON.parse(run.stdout) as { instances: string[] }).instances[0]!
      const set = await cli('meters', 'set', instance, 'cpu=950', 'memory=800', '--for', '15m')
      expect(set.code).toBe(0)
      const answer = JSON.parse(set.stdout) as { meters: Array<{ meter: string; value: number; start_time: string; end_time: string }> }
      expect(answer.meters.map((m) => [m.meter, m.value])).toEqual([
        ['cpu', 950],
        ['memory', 800],
      ])
      expect(Date.parse(answer.meters[0]!.end_time) - Date.parse(answer.meters[0]!.start_time)).toBe(15 * 60_000)
      const bad = await cli('meters', 'set', instance, 'cpu')
      expect(bad.code).not.toBe(0)
      expect(bad.stderr).toContain('METER=VALUE')
      const cleared = await cli('meters', 'clear', instance)
      expect([cleared.code, (JSON.parse(cleared.stdout) as { cleared: number }).cleared]).toEqual([0, 2])
    } finally {
      await server.kill()
    }
  })
})
