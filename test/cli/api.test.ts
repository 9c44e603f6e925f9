import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processStore, runCli, spawnServer, type ProcessStore, type ServerProcess } from '../harness/process.js'

// One `qingstack start` process (instant job timing) serves every command below; each command is
// its own `qingstack` process that finds the server through the data directory's config.yaml.
let store: ProcessStore & AsyncDisposable
let server: ServerProcess

beforeAll(async () => {
  store = await processStore()
  server = await spawnServer(store, { QINGSTACK_TIMING: 'instant' })
})

afterAll(async () => {
  await server?.kill()
  await store?.[Symbol.asyncDispose]()
})

/** A port nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

const cli = (...args: string[]) => runCli(store, args)
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI prints JSON of any shape; the assertions check it
const json = (text: string) => JSON.parse(text) as Record<string, unknown> & { [key: string]: any }

describe('qingstack <service> <action>: commands derived from the registry', () => {
  it('creates with typed flags, waits for the job with plain progress lines, and describes', async () => {
    const created = await cli('volume', 'create-volumes', '--size', '20', '--count', '3', '--volume-name', 'from-cli', '--wait')
    expect(created.code).toBe(0)
    const answer = json(created.stdout)
    expect(answer).toMatchObject({ action: 'CreateVolumesResponse', ret_code: 0 })
    expect(answer.volumes).toHaveLength(3)
    // Not a terminal: one line per status change, then the end with the time it took.
    const lines = created.stderr.trim().split('\n')
    expect(lines.at(-1)).toMatch(new RegExp(`^job ${answer.job_id} \\(CreateVolumes\\): successful after \\d+\\.\\d s$`))
    expect(created.stderr).not.toContain('\r')

    const described = await cli('volume', 'describe-volumes', '--volumes', answer.volumes.join(','))
    expect(described.code).toBe(0)
    const { volume_set } = json(described.stdout)
    expect(volume_set.map((v: Record<string, unknown>) => [v.volume_name, v.status, v.transition_status])).toEqual(
      answer.volumes.map(() => ['from-cli', 'available', '']),
    )
    // The snake_case flag of QingCloud's CLI and a repeated list flag work too.
    const snake = await cli(
      'volume',
      'describe-volumes',
      '--volumes',
      answer.volumes[0],
      '--volumes',
      answer.volumes[1],
      '--search_word',
      'from-cli',
    )
    expect(json(snake.stdout).total_count).toBe(2)
  })

  it('--project-id creates into a project and lists its items', async () => {
    const project = json((await cli('project', 'create-project', '--project-name', 'cli')).stdout)
    const created = await cli('volume', 'create-volumes', '--size', '20', '--project-id', project.project_id, '--wait')
    expect(created.code).toBe(0)
    const [volume] = json(created.stdout).volumes as string[]
    const listed = json((await cli('volume', 'describe-volumes', '--project-id', project.project_id)).stdout)
    expect(listed.volume_set.map((v: { volume_id: string }) => v.volume_id)).toEqual([volume])
    const other = json((await cli('project', 'create-project', '--project-name', 'other')).stdout)
    expect(json((await cli('volume', 'describe-volumes', '--project-id', other.project_id)).stdout).total_count).toBe(0)
  })

  it('exits 1 with the QingCloud error when the call fails', async () => {
    const result = await cli('volume', 'describe-volumes', '--volumes', 'vol-nothere0')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'qingstack: DescribeVolumes failed with ret_code 2100: ResourceNotFound, volume [vol-nothere0] does not exist\n',
    )
    const invalid = await cli('volume', 'create-volumes', '--size', '25')
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain('ret_code 1100: InvalidParameter, parameter [size]')
  })

  it('exits 2 on a wrong command line, before any call', async () => {
    const missing = await cli('volume', 'create-volumes')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('required option --size not specified')
    const notANumber = await cli('volume', 'create-volumes', '--size', 'big')
    expect(notANumber.code).toBe(2)
    expect(notANumber.stderr).toContain("argument 'big' is invalid. must be an integer")
    const badChoice = await cli('volume', 'describe-volumes', '--output', 'xml')
    expect(badChoice.code).toBe(2)
  })

  it('pages: --limit and --offset as QingCloud takes them, --all for every record', async () => {
    const { stdout } = await cli('volume', 'create-volumes', '--size', '20', '--count', '25', '--volume-name', 'paged')
    expect(json(stdout).volumes).toHaveLength(25)
    const one = json((await cli('volume', 'describe-volumes', '--search-word', 'paged', '--limit', '10', '--offset', '20')).stdout)
    expect(one.total_count).toBe(25)
    expect(one.volume_set).toHaveLength(5)
    const all = json((await cli('volume', 'describe-volumes', '--search-word', 'paged', '--all')).stdout)
    expect(all.volume_set).toHaveLength(25)
    expect(new Set(all.volume_set.map((v: Record<string, unknown>) => v.volume_id)).size).toBe(25)
  })

  it('prints tables', async () => {
    const { stdout, code } = await cli('zone', 'describe-zones', '-o', 'table')
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'zone_id  status',
        '-------  ------',
        'pek3a    active',
        'sh1a     active',
        'gd2      active',
        'ap2a     active',
        'total_count: 4',
        '',
      ].join('\n'),
    )
  })

  it('qingstack call sends any action with name.N and JSON-text values', async () => {
    const { volumes } = json((await cli('call', 'CreateVolumes', 'size=20', 'count=2', 'volume_name=called')).stdout)
    const indexed = await cli('call', 'DescribeVolumes', `volumes.1=${volumes[0]}`, `volumes.2=${volumes[1]}`)
    expect(json(indexed.stdout).total_count).toBe(2)
    const asJson = await cli('call', 'DescribeVolumes', `volumes=${JSON.stringify(volumes)}`, 'status.1=pending', 'status.2=available')
    expect(
      json(asJson.stdout)
        .volume_set.map((v: Record<string, unknown>) => v.volume_id)
        .sort(),
    ).toEqual([...volumes].sort())
    const unknown = await cli('call', 'DescribeNothings')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('ret_code 1101')
    const malformed = await cli('call', 'DescribeVolumes', 'volumes')
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain('parameter "volumes" is not key=value')
  })

  it('takes keys from QY_ACCESS_KEY_ID / QY_SECRET_ACCESS_KEY and the endpoint from --endpoint', async () => {
    await using elsewhere = await processStore()
    const noConfig = await runCli(elsewhere, ['zone', 'describe-zones'])
    expect(noConfig.code).toBe(1)
    expect(noConfig.stderr).toBe(
      `qingstack: no access key: \`qingstack start\` writes ${elsewhere.dataDir}/config.yaml; or pass -f <QingCloud config file>, or set QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY\n`,
    )
    const missingFile = await runCli(elsewhere, ['zone', 'describe-zones', '-f', `${elsewhere.dataDir}/nope.yaml`])
    expect(missingFile.code).toBe(1)
    expect(missingFile.stderr).toBe(`qingstack: config file ${elsewhere.dataDir}/nope.yaml does not exist\n`)
    const env = { QY_ACCESS_KEY_ID: 'QYPROCESSTESTKEY0001', QY_SECRET_ACCESS_KEY: 'process-test-secret-0123456789abcdefghij' }
    const viaEnv = await runCli(elsewhere, ['zone', 'describe-zones', '--endpoint', server.url, '--zone', 'sh1a'], env)
    expect(viaEnv.code).toBe(0)
    expect(json(viaEnv.stdout).total_count).toBe(4)
    const wrongSecret = await runCli(elsewhere, ['zone', 'describe-zones', '--endpoint', server.url], {
      ...env,
      QY_SECRET_ACCESS_KEY: 'nope',
    })
    expect(wrongSecret.code).toBe(1)
    expect(wrongSecret.stderr).toContain('ret_code 1200')
  })

  it('with keys alone (no config file, no --endpoint) calls the local server, never QingCloud', async () => {
    await using elsewhere = await processStore()
    const env = { QY_ACCESS_KEY_ID: 'QYPROCESSTESTKEY0001', QY_SECRET_ACCESS_KEY: 'process-test-secret-0123456789abcdefghij' }
    const local = await runCli(elsewhere, ['zone', 'describe-zones'], { ...env, QINGSTACK_PORT: new URL(server.url).port })
    expect(local.code).toBe(0)
    expect(json(local.stdout).total_count).toBe(4)
    const closed = await closedPort()
    const nobody = await runCli(elsewhere, ['zone', 'describe-zones'], { ...env, QINGSTACK_PORT: String(closed) })
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toBe(`qingstack: no answer from http://127.0.0.1:${closed}/iaas/: ECONNREFUSED\n`)
  })

  it('reports a server that is not there', async () => {
    const closed = await closedPort()
    const result = await cli('zone', 'describe-zones', '--endpoint', `http://127.0.0.1:${closed}/iaas/`)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`qingstack: no answer from http://127.0.0.1:${closed}/iaas/: ECONNREFUSED\n`)
  })
})
