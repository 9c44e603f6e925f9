import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { testDialect } from '../harness/dialect.js'
import { busyPort, launch, listening, portOf, processesWith, within, type Running } from '../harness/lifecycle.js'
import { CLI, PROCESS_KEY, processStore, runCli, type ProcessStore } from '../harness/process.js'

/**
 * `qingstack start` at its edges, as a process: a start that fails says why in one line, exits 1 and
 * leaves nothing running; a signal stops it with exit 0; one server per data directory.
 */

const sqliteOnly = testDialect() === 'sqlite'

/**
 * Whether a user other than the checkout's owner can run the CLI: every folder above it must let
 * others through. Root starts the read-only case as `nobody`, which a checkout in a private folder
 * (`mktemp -d` makes it 0700) shuts out before the server could say anything.
 */
function othersReach(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false
    if (path.dirname(dir) === dir) return true
  }
}
const asRoot = process.getuid?.() === 0
const postgresOnly = testDialect() === 'postgres'

function start(store: ProcessStore, args: string[] = [], env: Record<string, string> = {}, options: { uid?: number } = {}): Running {
  return launch(process.execPath, [CLI, 'start', ...args], {
    env: {
      ...process.env,
      QINGSTACK_PORT: '0',
      QINGSTACK_LOG_LEVEL: 'warn',
      QINGSTACK_ACCESS_KEY_ID: PROCESS_KEY.id,
      QINGSTACK_SECRET_ACCESS_KEY: PROCESS_KEY.secret,
      ...store.env,
      ...env,
    },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  })
}

const BANNER = /serving the QingCloud API at http:\/\/127\.0\.0\.1:(\d+)\/iaas\/[^]*client config:.*\n/

/** What every failed start must show: exit 1, exactly one line on stderr, no stack, nothing left running. */
async function expectRefused(server: Running, store: ProcessStore): Promise<string> {
  const end = await server.finished(20_000)
  expect(end.timedOut).toBe(false)
  expect(end.code).toBe(1)
  expect(end.stdout).toBe('')
  expect(end.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  expect(end.stderr).not.toMatch(/\n\s+at /)
  expect(await within(5_000, () => processesWith(`QINGSTACK_DATA_DIR=${store.dataDir}\0`).length === 0)).toBe(true)
  return end.stderr
}

describe('a start that fails says why, exits 1 and leaves no process', () => {
  it.runIf(sqliteOnly)('a busy port', async () => {
    await using store = await processStore()
    await using busy = await busyPort()
    const port = portOf(busy)
    const stderr = await expectRefused(start(store, ['--port', String(port)]), store)
    expect(stderr).toBe(`qingstack: port ${port} on 127.0.0.1 is in use: set QINGSTACK_PORT or --port\n`)
    // The refused server does not keep the data directory.
    expect(fs.existsSync(path.join(store.dataDir, 'qingstack.lock'))).toBe(false)
    // At debug level the cause's stack follows the line.
    const debug = await start(store, ['--port', String(port)], { QINGSTACK_LOG_LEVEL: 'debug' }).finished(20_000)
    expect(debug.code).toBe(1)
    expect(debug.stderr).toMatch(
      /^qingstack: port \d+ on 127\.0\.0\.1 is in use: set QINGSTACK_PORT or --port\nError: listen EADDRINUSE[^]*\n\s+at /,
    )
  })

  it.runIf(sqliteOnly)('a host name that does not resolve, a wrong log level', async () => {
    await using store = await processStore()
    const host = await expectRefused(start(store, ['--host', 'nowhere.invalid']), store)
    expect(host).toMatch(/^qingstack: the host name "nowhere\.invalid" does not resolve \(\w+\): set QINGSTACK_HOST or --host\n$/)
    const level = await expectRefused(start(store, [], { QINGSTACK_LOG_LEVEL: 'verbose' }), store)
    expect(level).toBe('qingstack: QINGSTACK_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"\n')
  })

  it.runIf(postgresOnly)('a busy port with --processes 2: every worker stops too', async () => {
    await using store = await processStore()
    await using busy = await busyPort()
    const port = portOf(busy)
    const stderr = await expectRefused(start(store, ['--port', String(port), '--processes', '2']), store)
    expect(stderr).toBe(`qingstack: port ${port} on 127.0.0.1 is in use: set QINGSTACK_PORT or --port\n`)
  })

  it.runIf(postgresOnly)('a PostgreSQL that is not there, or is not PostgreSQL', async () => {
    await using store = await processStore()
    const closed = await busyPort()
    const closedPort = portOf(closed)
    await closed[Symbol.asyncDispose]()
    const refused = await expectRefused(start(store, [], { DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/test` }), store)
    expect(refused).toBe(
      `qingstack: PostgreSQL at postgres://postgres@127.0.0.1:${closedPort}/test can not be reached (ECONNREFUSED): start it, or set DATABASE_URL\n`,
    )
    // Something that is not PostgreSQL closes the connection.
    await using busy = await busyPort()
    const url = `postgres://postgres@127.0.0.1:${portOf(busy)}/test`
    const other = await expectRefused(start(store, [], { DATABASE_URL: url }), store)
    expect(other).toMatch(new RegExp(`^qingstack: PostgreSQL at ${url} failed \\(.+\\): check it, or set DATABASE_URL\n$`))
  })

  it.runIf(sqliteOnly && (!asRoot || othersReach(CLI)))('a read-only data directory that holds a store refuses at once', async () => {
    await using store = await processStore()
    const first = start(store)
    await first.waitFor(BANNER, 20_000)
    first.child.kill('SIGTERM')
    expect((await first.finished(15_000)).code).toBe(0)
    // Root may write anywhere: the server runs as nobody then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined
    for (const name of fs.readdirSync(store.dataDir)) fs.chmodSync(path.join(store.dataDir, name), 0o444)
    fs.chmodSync(store.dataDir, 0o555)
    try {
      const stderr = await expectRefused(start(store, [], {}, uid === undefined ? {} : { uid }), store)
      expect(stderr).toBe(
        `qingstack: the data directory ${store.dataDir} is not writable (EACCES): make it writable, or set QINGSTACK_DATA_DIR or --data-dir\n`,
      )
    } finally {
      fs.chmodSync(store.dataDir, 0o755)
    }
  })
})

describe('one server per data directory', () => {
  it.runIf(sqliteOnly)('a second server is refused, naming the first; a stale lock is taken over', async () => {
    await using store = await processStore()
    const first = start(store)
    const port = Number((await first.waitFor(BANNER, 20_000))[1])
    const configYaml = fs.readFileSync(path.join(store.dataDir, 'config.yaml'), 'utf8')
    try {
      const second = start(store)
      const end = await second.finished(20_000)
      expect(end.code).toBe(1)
      expect(end.stderr).toBe(
        `qingstack: the data directory ${store.dataDir} is in use by the qingstack server with pid ${first.child.pid} (on port ${port} of 127.0.0.1): stop it, or set QINGSTACK_DATA_DIR or --data-dir\n`,
      )
      expect(fs.readFileSync(path.join(store.dataDir, 'config.yaml'), 'utf8')).toBe(configYaml)
      expect(await listening(port)).toBe(true)
    } finally {
      first.child.kill('SIGKILL')
      await first.finished(10_000)
    }
    // Killed: its lock stays, and the next server takes it over.
    expect(fs.existsSync(path.join(store.dataDir, 'qingstack.lock'))).toBe(true)
    const third = start(store)
    await third.waitFor(BANNER, 20_000)
    third.child.kill('SIGTERM')
    expect((await third.finished(15_000)).code).toBe(0)
    expect(fs.existsSync(path.join(store.dataDir, 'qingstack.lock'))).toBe(false)
  })
})

describe('SIGTERM and SIGINT stop the server with exit 0, leaving nothing', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it.runIf(sqliteOnly)(`${signal} to qingstack start`, async () => {
      await using store = await processStore()
      // A data directory that does not exist yet, as on a first `npm start`: it is made private at
      // once, so no "tightened" line either.
      const server = start(store, ['--data-dir', path.join(store.dataDir, 'fresh')], { QINGSTACK_LOG_LEVEL: 'info' })
      const port = Number((await server.waitFor(BANNER, 20_000))[1])
      // The banner comes first, alone: no log line before it.
      expect(server.output().stdout).toMatch(/^qingstack is serving/)
      server.child.kill(signal)
      const end = await server.finished(15_000)
      expect(end).toMatchObject({ code: 0, timedOut: false })
      expect(await listening(port)).toBe(false)
    })
  }

  it.runIf(sqliteOnly)(
    'SIGTERM to npm start (npm passes it to its shell only)',
    async () => {
      await using store = await processStore()
      await using npm = launch('npm', ['start'], {
        env: { ...process.env, QINGSTACK_PORT: '0', QINGSTACK_LOG_LEVEL: 'warn', ...store.env },
        cwd: path.resolve('.'),
      })
      const bundle = fs.statSync('dist/cli/main.js').mtimeMs
      const port = Number((await npm.waitFor(BANNER, 90_000))[1])
      // prestart builds only when a source is newer than the bundle (the test set-up has just built it).
      expect(fs.statSync('dist/cli/main.js').mtimeMs).toBe(bundle)
      expect(npm.output().stdout).not.toMatch(/dist\/cli\/main\.js|esbuild/)
      npm.child.kill('SIGTERM')
      await npm.finished(15_000)
      expect(await within(10_000, () => processesWith(`QINGSTACK_DATA_DIR=${store.dataDir}\0`).length === 0)).toBe(true)
      expect(await listening(port)).toBe(false)
    },
    120_000,
  )

  it.runIf(postgresOnly)('SIGTERM to the primary of --processes 2 stops every worker', async () => {
    await using store = await processStore()
    const server = start(store, ['--processes', '2'])
    const port = Number((await server.waitFor(BANNER, 30_000))[1])
    expect(processesWith(`QINGSTACK_DATA_DIR=${store.dataDir}\0`)).toHaveLength(3)
    server.child.kill('SIGTERM')
    expect(await server.finished(15_000)).toMatchObject({ code: 0, timedOut: false })
    expect(await within(5_000, () => processesWith(`QINGSTACK_DATA_DIR=${store.dataDir}\0`).length === 0)).toBe(true)
    expect(await listening(port)).toBe(false)
  })
})

describe('the CLI knows where it is', () => {
  it.runIf(sqliteOnly)('users and keys refuse a data directory without a store, creating nothing', async () => {
    await using store = await processStore()
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-empty-'))
    try {
      for (const args of [
        ['users', 'list'],
        ['keys', 'list'],
        ['users', 'create', '--email', 'a@example.com'],
      ]) {
        const result = await runCli(store, args, { QINGSTACK_DATA_DIR: empty })
        expect(result.code).toBe(1)
        expect(result.stdout).toBe('')
        expect(result.stderr).toBe(
          `qingstack: store SQLite ${empty}/qingstack.db\n` +
            `qingstack: no store in ${empty} (no qingstack.db): start the server with this data directory first, or choose another with QINGSTACK_DATA_DIR or --data-dir\n`,
        )
      }
      // A data directory a PostgreSQL server wrote its config.yaml into points at DATABASE_URL.
      fs.writeFileSync(path.join(empty, 'config.yaml'), 'zone: pek3a\n')
      const hinted = await runCli(store, ['users', 'list'], { QINGSTACK_DATA_DIR: empty })
      expect(hinted.stderr).toContain('if it runs on PostgreSQL, set DATABASE_URL or --database-url')
      expect(fs.readdirSync(empty)).toEqual(['config.yaml'])

      // --data-dir names the store, whatever QINGSTACK_DATA_DIR says.
      const server = start(store)
      await server.waitFor(BANNER, 20_000)
      server.child.kill('SIGTERM')
      await server.finished(15_000)
      const listed = await runCli(store, ['users', 'list', '--data-dir', store.dataDir, '-o', 'table'], { QINGSTACK_DATA_DIR: empty })
      expect(listed.code).toBe(0)
      expect(listed.stderr).toBe(`qingstack: store SQLite ${store.dataDir}/qingstack.db\n`)
      expect(listed.stdout.split('\n')[0]).toMatch(/^user_id\s+user_name\s+email\s+role\s+status$/)
    } finally {
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })

  it.runIf(postgresOnly)('users list on a PostgreSQL without a store refuses and creates no table', async () => {
    await using store = await processStore()
    const result = await runCli(store, ['users', 'list', '--database-url', store.env.DATABASE_URL!])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^qingstack: store PostgreSQL .*\nqingstack: no qingstack store at PostgreSQL .*: start the server on it first, or set DATABASE_URL or --database-url\n$/,
    )
    const again = await runCli(store, ['users', 'list'])
    expect(again.code).toBe(1)
  })

  it.runIf(sqliteOnly)('--version, -V and version print the version', async () => {
    await using store = await processStore()
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }
    for (const args of [['--version'], ['-V'], ['version']]) {
      expect(await runCli(store, args)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    }
  })

  it.runIf(sqliteOnly)('help lists the choices of a parameter once', async () => {
    await using store = await processStore()
    const help = await runCli(store, ['instance', 'run-instances', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('"keypair"')
    expect(help.stdout).not.toContain('one of: keypair')
  })
})
