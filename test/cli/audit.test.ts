import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../src/sdk/index.js'
import { CLI, eventually, processStore, runCli, spawnServer } from '../harness/process.js'

describe('qingstack audit', () => {
  it('lists filtered events, and with --follow prints a new event as it comes', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    const { QY_ACCESS_KEY_ID: _id, QY_SECRET_ACCESS_KEY: _secret, ...inherited } = process.env
    const follower = spawn(process.execPath, [CLI, 'audit', '--follow', '-o', 'table'], {
      env: { ...inherited, HOME: store.dataDir, QINGSTACK_LOG_LEVEL: 'warn', ...store.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let followed = ''
    follower.stdout.on('data', (chunk: Buffer) => (followed += chunk.toString()))
    try {
      const client = server.client()
      const refused = await client.describeVolumes({ volumes: ['vol-missing1'], limit: -1 as never }).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(QingApiError)

      const listed = await runCli(store, ['audit', '--failed', '--since', '10m', '-o', 'json'])
      expect(listed.code).toBe(0)
      const { audit_event_set } = JSON.parse(listed.stdout) as { audit_event_set: Array<Record<string, unknown>> }
      expect(audit_event_set.map((e) => [e.action, e.ret_code])).toEqual([['DescribeVolumes', 1100]])
      const table = await runCli(store, ['audit', '--action', 'DescribeVol', '-o', 'table'])
      expect(table.stdout).toMatch(/event_time\s+request_id\s+user_id\s+action\s+ret_code\s+resource_ids\s+message/)
      expect(table.stdout).toMatch(/DescribeVolumes\s+1100/)
      expect((await runCli(store, ['audit', '--since', 'yesterday'])).code).toBe(2)

      // The follower prints its header once it knows where the log ends; what comes after is new.
      await eventually(async () => (followed.includes('request_id') ? true : undefined), 20_000, 'the header of qingstack audit --follow')
      await client.createVolumes({ size: 10, volume_name: 'followed' })
      const line = await eventually(
        async () => followed.split('\n').find((l) => l.includes('CreateVolumes')),
        20_000,
        'qingstack audit --follow to print the CreateVolumes event',
      )
      expect(line).toMatch(/ usr-\w+ {2}CreateVolumes {2}0 {2}j-\w+,vol-\w+$/)
      // Its own polls are not printed, nor are events from before it started.
      expect(followed).not.toContain('DescribeAuditEvents')
      expect(followed).not.toContain('DescribeVolumes')
    } finally {
      follower.kill('SIGKILL')
      await server.kill()
    }
  }, 90_000)
})
