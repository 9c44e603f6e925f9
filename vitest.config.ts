import net from 'node:net'
import { defineConfig } from 'vitest/config'

/**
 * Every test file runs on SQLite, and again on PostgreSQL when one is reachable
 * (QINGSTACK_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 * QINGSTACK_REQUIRE_POSTGRES=1 (set by .ci/run) makes an unreachable PostgreSQL a failure.
 */
const pgUrl = new URL(process.env.QINGSTACK_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test')

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
}

export default defineConfig(async () => {
  const withPostgres = await reachable(pgUrl.hostname, Number(pgUrl.port || 5432))
  if (!withPostgres && process.env.QINGSTACK_REQUIRE_POSTGRES === '1') {
    throw new Error(`PostgreSQL is required but not reachable at ${pgUrl.host}`)
  }
  // The config is evaluated once per project; say it once.
  if (!process.env.QINGSTACK_BACKENDS_SAID) {
    process.env.QINGSTACK_BACKENDS_SAID = '1'
    process.stderr.write(
      `qingstack tests: backends sqlite${withPostgres ? ` and postgres (${pgUrl.host}${pgUrl.pathname})` : ' only (PostgreSQL not reachable)'}\n`,
    )
  }
  const project = (name: 'sqlite' | 'postgres') => ({
    extends: true as const,
    test: {
      name,
      env: { QINGSTACK_TEST_DIALECT: name },
      include: ['test/**/*.test.ts', ...(name === 'sqlite' ? ['src/**/*.test.ts'] : [])],
    },
  })
  return {
    test: {
      globalSetup: ['test/harness/global-setup.ts'],
      // Test files of one worker share its module cache: the server's modules are imported once per
      // worker, not once per file, which took the summed import phase of the SQLite pass from about
      // 270 s to 11 s. It holds because every test starts its own server and no module keeps state a
      // test depends on; a file that ever needs a fresh module graph belongs in a project of its own.
      isolate: false,
      testTimeout: 30_000,
      hookTimeout: 30_000,
      projects: withPostgres ? [project('sqlite'), project('postgres')] : [project('sqlite')],
    },
  }
})
