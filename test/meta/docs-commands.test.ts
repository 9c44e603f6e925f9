import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { testDialect } from '../harness/dialect.js'
import { CLI, processStore, spawnServer } from '../harness/process.js'
import { commandPages, commandsIn, type DocCommand } from '../harness/doc-commands.js'

/**
 * Every shell command of the README and docs/*.md works when pasted, in order, into one terminal
 * against a fresh `npm start`. Each page gets its own fresh server and data directory (pages are read
 * on their own, and several create the same user). `npx qingstack` runs the built CLI; the CLI finds
 * the server through the `config.yaml` the server wrote into QINGSTACK_DATA_DIR, and QINGSTACK_PORT
 * names the server's port too. Job timing is instant so `--wait` returns at once.
 */

/** Generous: each command starts node, and a loaded CI machine makes that take seconds. */
const SCRIPT_TIMEOUT_MS = 180_000

interface Outcome {
  code: number | undefined
  stdout: string
  stderr: string
}

async function runPage(commands: readonly DocCommand[]): Promise<Outcome[]> {
  await using store = await processStore()
  const server = await spawnServer(store, { QINGSTACK_TIMING: 'instant' })
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-docs-'))
  try {
    const out = path.join(work, '.out')
    fs.mkdirSync(out)
    // One shell, as a reader pastes: variables and functions of earlier commands stay defined.
    const script = ['set -o pipefail']
    commands.forEach((command, i) => {
      script.push(
        `{\n${command.shell.replaceAll('npx qingstack', `node ${JSON.stringify(CLI)}`)}\n} >"${out}/${i}.out" 2>"${out}/${i}.err"`,
      )
      script.push(`echo $? >"${out}/${i}.rc"`)
    })
    const { QY_ACCESS_KEY_ID: _id, QY_SECRET_ACCESS_KEY: _secret, ...inherited } = process.env
    const env = {
      ...inherited,
      HOME: work,
      QINGSTACK_LOG_LEVEL: 'warn',
      QINGSTACK_PORT: new URL(server.url).port,
      ...store.env,
    }
    await new Promise<void>((resolve, reject) => {
      const child = spawn('bash', ['-c', script.join('\n')], { cwd: work, env, stdio: 'ignore' })
      const timer = setTimeout(() => child.kill('SIGKILL'), SCRIPT_TIMEOUT_MS)
      child.once('error', reject)
      child.once('close', () => (clearTimeout(timer), resolve()))
    })
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
    return commands.map((_, i) => {
      const rc = read(`${out}/${i}.rc`).trim()
      return { code: rc === '' ? undefined : Number(rc), stdout: read(`${out}/${i}.out`), stderr: read(`${out}/${i}.err`) }
    })
  } finally {
    await server.kill()
    fs.rmSync(work, { recursive: true, force: true })
  }
}

describe.runIf(testDialect() === 'sqlite')('commands in the README and docs', () => {
  const pages = commandPages()

  it('finds the pages with commands, and only rare, explained skips', () => {
    const names = pages.map((page) => page.file)
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/projects.md']))
    const skipped = pages.flatMap((page) => page.skipped)
    for (const skip of skipped) expect(skip.reason, skip.shell).toMatch(/\w{3,}/)
    expect(skipped.length).toBeLessThanOrEqual(6)
  })

  for (const page of pages) {
    it(`${page.file}: each of its ${page.commands.length} commands exits as written`, { timeout: SCRIPT_TIMEOUT_MS + 30_000 }, async () => {
      const outcomes = await runPage(page.commands)
      page.commands.forEach((command, i) => {
        const { code, stdout, stderr } = outcomes[i]!
        expect(code, `${page.file}:${command.line}: ${command.shell}\nstdout: ${stdout}\nstderr: ${stderr}`).toBe(command.exit)
      })
    })
  }
})

describe('reading commands from markdown', () => {
  it('joins continuations, drops comments, honours markers and leaves set-up to the test', () => {
    const page = [
      '```sh',
      'npm install && npm start   # set-up',
      '# a comment',
      'npx qingstack volume describe-volumes \\',
      '  --status available',
      '```',
      '',
      '<!-- docs-test: exit 1 -->',
      '```sh',
      'npx qingstack volume describe-volumes --volumes vol-nothere',
      '```',
      '<!-- docs-test: skip needs a QingCloud account -->',
      '```sh',
      'qingcloud iaas describe-zones',
      '```',
      '```ts',
      'await client.describeZones({})',
      '```',
    ].join('\n')
    const { commands, skipped } = commandsIn(page)
    expect(commands).toEqual([
      { shell: 'npx qingstack volume describe-volumes --status available', line: 4, exit: 0 },
      { shell: 'npx qingstack volume describe-volumes --volumes vol-nothere', line: 10, exit: 1 },
    ])
    expect(skipped).toEqual([
      { shell: 'npm install && npm start   # set-up', reason: 'set-up: the test builds and starts the server itself' },
      { shell: 'qingcloud iaas describe-zones', reason: 'needs a QingCloud account' },
    ])
  })
})
