import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { QingClient } from '../../src/sdk/index.js'
import { adminQuery, testDatabaseUrl, testDialect } from './dialect.js'

/** The built CLI (test/harness/global-setup.ts builds it once per run). */
export const CLI = path.resolve('bin/qingstack.js')

/** A known key, so a restarted process answers the same client. */
export const PROCESS_KEY = { id: 'QYPROCESSTESTKEY0001', secret: 'process-test-secret-0123456789abcdefghij' }

export interface ServerProcess {
  child: ChildProcess
  url: string
  stdout: string
  stderr: string
  client(zone?: string): QingClient
  /** Kills (SIGKILL; a cluster primary SIGTERM) and waits for the exit. */
  kill(): Promise<void>
}

/**
 * A data directory (SQLite) or schema (PostgreSQL) that outlives one server process, for tests
 * that kill and restart `qingstack start`.
 */
export interface ProcessStore extends AsyncDisposable {
  dataDir: string
  env: Record<string, string>
}

export async function processStore(): Promise<ProcessStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-proc-'))
  const env: Record<string, string> = { QINGSTACK_DATA_DIR: dataDir }
  let schema: string | undefined
  if (testDialect() === 'postgres') {
    schema = `qs_proc_${process.pid}_${randomBytes(4).toString('hex')}`
    await adminQuery(`create schema ${schema}`)
    const url = new URL(testDatabaseUrl())
    url.searchParams.set('options', `-c search_path=${schema}`)
    env.DATABASE_URL = url.toString()
  }
  return {
    dataDir,
    env,
    async [Symbol.asyncDispose]() {
      fs.rmSync(dataDir, { recursive: true, force: true })
      if (schema) await adminQuery(`drop schema if exists ${schema} cascade`)
    },
  }
}

/** Starts `qingstack start` on a free port and waits for its banner. */
export async function spawnServer(store: ProcessStore, env: Record<string, string> = {}, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'start', ...args], {
    env: {
      ...process.env,
      QINGSTACK_PORT: '0',
      QINGSTACK_LOG_LEVEL: 'warn',
      QINGSTACK_ACCESS_KEY_ID: PROCESS_KEY.id,
      QINGSTACK_SECRET_ACCESS_KEY: PROCESS_KEY.secret,
      ...store.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 20 s; stderr: ${stderr}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /serving the QingCloud API at (\S+)/.exec(stdout)
      if (match && stdout.includes('client config:')) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`qingstack exited with ${code}; stderr: ${stderr}`))
    })
  })
  return {
    child,
    url,
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
    client: (zone = 'pek3a') =>
      // No retries: a test must see a lost answer or a 5000 as it happened.
      new QingClient({ endpoint: url, accessKeyId: PROCESS_KEY.id, secretAccessKey: PROCESS_KEY.secret, zone, retries: 0 }),
    // SIGKILL of a `--processes N` primary would orphan its workers: they get SIGTERM first.
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(args.includes('--processes') ? 'SIGTERM' : 'SIGKILL')
      }),
  }
}

/** Polls `check` every 100 ms until it returns a value, at most `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `qingstack <args>` as a process to its end (no TTY), on the store's data directory and
 * database. HOME is the data directory, so a `~/.qingcloud/config.yaml` of the machine never leaks in.
 */
export function runCli(store: ProcessStore, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const { QY_ACCESS_KEY_ID: _id, QY_SECRET_ACCESS_KEY: _secret, ...inherited } = process.env
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...inherited, HOME: store.dataDir, QINGSTACK_LOG_LEVEL: 'warn', ...store.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
