import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processStore, runCli, spawnServer, type ProcessStore, type ServerProcess } from '../harness/process.js'

// One `qingstack start` process (realistic job timing) serves every command; each command is its own
// `qingstack` process that finds the server through the data directory's config.yaml.
let store: ProcessStore & AsyncDisposable
let server: ServerProcess

beforeAll(async () => {
  store = await processStore()
  server = await spawnServer(store, { QINGSTACK_TIMING: 'realistic' })
})

afterAll(async () => {
  await server?.kill()
  await store?.[Symbol.asyncDispose]()
})

const cli = (...args: string[]) => runCli(store, args)
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI prints JSON of any shape; the assertions check it
const json = (text: string) => JSON.parse(text) as Record<string, any>

describe('qingstack clock', () => {
  it('shows, advances and resets the clock; advancing finishes a pending RunInstances', async () => {
    expect(json((await cli('clock')).stdout)).toMatchObject({ action: 'DescribeClockResponse', offset_seconds: 0 })
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
    )
    const { job_id } = json(run.stdout)
    const advanced = await cli('clock', 'advance', '60')
    expect(advanced.code).toBe(0)
    expect(json(advanced.stdout)).toMatchObject({ action: 'AdvanceClockResponse', offset_seconds: 60 })
    // The job's step fell due: it ends at once rather than in 10 s.
    const waited = await cli('job', 'describe-jobs', '--jobs', job_id)
    expect(json(waited.stdout).job_set[0]).toMatchObject({ job_id, status: 'successful' })
    // A flag after the subcommand is read as well as before it (commander gives it to `clock`): with no
    // data directory to find the server by, only `-f` can.
    const config = `${store.dataDir}/config.yaml`
    const elsewhere = { QINGSTACK_DATA_DIR: `${store.dataDir}/nothing-here` }
    const later = await runCli(store, ['clock', 'advance', '30', '-f', config], elsewhere)
    expect(json(later.stdout)).toMatchObject({ offset_seconds: 90 })
    expect(json((await runCli(store, ['clock', 'reset', '-f', config], elsewhere)).stdout)).toMatchObject({ offset_seconds: 0 })
    const bad = await cli('clock', 'advance', 'soon')
    expect(bad.code).toBe(2)
  })
})

describe('qingstack faults', () => {
  it('adds a rule the next call meets, lists and deletes it', async () => {
    // 2500, not 5100: the CLI retries a busy server, as QingCloud's clients do.
    const added = await cli(
      'faults',
      'add',
      '--action',
      'DescribeVolumes',
      '--count',
      '1',
      '--ret-code',
      '2500',
      '--message',
      'quota is spent',
    )
    expect(added.code).toBe(0)
    const [rule] = json(added.stdout).fault_rules as string[]
    const refused = await cli('volume', 'describe-volumes')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('DescribeVolumes failed with ret_code 2500: QuotaExceeded, quota is spent')
    expect((await cli('volume', 'describe-volumes')).code).toBe(0)
    const listed = await cli('faults', 'list', '-o', 'table', '--columns', 'fault_rule_id,fault_action,status,hits')
    expect(listed.stdout).toMatch(new RegExp(`${rule}\\s+DescribeVolumes\\s+spent\\s+1`))
    expect(json((await cli('faults', 'delete', rule!)).stdout)).toMatchObject({ fault_rules: [rule] })
    expect(json((await cli('faults', 'list')).stdout).total_count).toBe(0)
  })

  it('refuses a rule without one effect, or without a count or probability, as a usage error', async () => {
    const noEffect = await cli('faults', 'add', '--action', 'RunInstances', '--count', '1')
    expect([noEffect.code, noEffect.stderr]).toEqual([2, expect.stringContaining('--ret-code, --delay-ms, --fail-job and --drop')])
    const noCount = await cli('faults', 'add', '--action', 'RunInstances', '--drop')
    expect([noCount.code, noCount.stderr]).toEqual([2, expect.stringContaining('--count and --probability')])
  })
})

describe('qingstack explain', () => {
  it('explains an allowed and a refused request, naming the parameter pairs as on the wire', async () => {
    const { volumes } = json((await cli('volume', 'create-volumes', '--size', '10')).stdout)
    const bob = json((await cli('users', 'create', '--email', 'bob@example.com')).stdout)
    const denied = await cli('explain', '--user', 'bob@example.com', 'DeleteVolumes', `volumes.1=${volumes[0]}`)
    expect(denied.code).toBe(0)
    expect(json(denied.stdout)).toMatchObject({ user_id: bob.user_id, verdict: 'deny', verdict_ret_code: 2100 })
    const allowed = await cli('explain', '--user', bob.user_id, 'DescribeVolumes')
    expect(json(allowed.stdout)).toMatchObject({ verdict: 'allow', verdict_ret_code: 0 })
    const usage = await cli('explain', '--user', 'bob@example.com', 'DeleteVolumes', 'volumes')
    expect(usage.code).toBe(2)
  })
})
