import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { testDialect } from '../harness/dialect.js'
import { launch } from '../harness/lifecycle.js'

const run = promisify(execFile)
const repo = path.resolve('.')

/**
 * The package as another project gets it: `npm pack`, installed into a fresh project, whose
 * `qingstack start` runs from there and whose code imports `qingstack/sdk` with its types.
 */
describe('npm pack: qingstack as a dependency', () => {
  it.runIf(testDialect() === 'sqlite')(
    'installs into another project; its qingstack start serves and its SDK (typed) answers',
    async () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-pack-'))
      try {
        // The SDK's declarations come from `npm run build` (or `npm install`'s prepare); the bundle from the test set-up.
        if (!fs.existsSync('dist/types/sdk/index.d.ts'))
          await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.sdk.json'])
        await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: repo })
        const tarball = fs.readdirSync(work).find((name) => name.endsWith('.tgz'))!
        const app = path.join(work, 'app')
        fs.mkdirSync(app)
        fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
        // From npm's cache where it can; install scripts are skipped, as better-sqlite3's would
        // download a prebuilt binary: the one this repository built stands in for it.
        await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', path.join(work, tarball)], {
          cwd: app,
        })
        const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'
        fs.mkdirSync(path.dirname(path.join(app, addon)), { recursive: true })
        fs.copyFileSync(path.join(repo, addon), path.join(app, addon))

        fs.writeFileSync(
          path.join(app, 'check.ts'),
          [
            "import { QingClient, QingApiError } from 'qingstack/sdk'",
            "const client = QingClient.fromConfig({ file: 'data/config.yaml' })",
            'const { zone_set } = await client.describeZones()',
            'const ids: string[] = zone_set.map((zone) => zone.zone_id)',
            'console.log(ids.join(","), QingApiError.name)',
          ].join('\n'),
        )
        fs.writeFileSync(
          path.join(app, 'tsconfig.json'),
          JSON.stringify({
            compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
            files: ['check.ts'],
          }),
        )
        await run(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app })

        const server = launch(path.join(app, 'node_modules/.bin/qingstack'), ['start', '--port', '0'], {
          cwd: app,
          env: { ...process.env, QINGSTACK_DATA_DIR: '' },
        })
        try {
          await server.waitFor(/client config:\s+(\S+)\n/, 30_000)
          expect(server.output().stdout).toContain(`SQLite ${fs.realpathSync(app)}/data/qingstack.db`)
          const script = fs.readFileSync(path.join(app, 'check.ts'), 'utf8').replace('const ids: string[]', 'const ids')
          fs.writeFileSync(path.join(app, 'check.mjs'), script)
          const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: app })
          expect(stdout).toBe('pek3a,sh1a,gd2,ap2a QingApiError\n')
        } finally {
          server.child.kill('SIGTERM')
          expect((await server.finished(15_000)).code).toBe(0)
        }
        const version = await run(path.join(app, 'node_modules/.bin/qingstack'), ['--version'], { cwd: work })
        expect(version.stdout).toBe(`${(JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version}\n`)
      } finally {
        fs.rmSync(work, { recursive: true, force: true })
      }
    },
    180_000,
  )
})
