import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { QingClient } from '../../src/sdk/index.js'

export const BENCH_KEY = { id: 'QYBENCHMARKKEY000001', secret: 'bench-secret-0123456789abcdefghijklmnopqrst' }

export interface Spawned {
  child: ChildProcess
  url: string
  /** Milliseconds from spawn to the first answered request. */
  startMs: number
  rssMb(): number
  stop(): Promise<void>
}

/** Resident memory of a process from /proc, in MB. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

async function firstAnswer(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await fetch(url)
      return
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer from ${url}`)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  }
}

async function spawnAndWait(args: string[], env: Record<string, string>, port: number, probePath: string): Promise<Spawned> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  const url = `http://127.0.0.1:${port}${probePath}`
  await firstAnswer(url, Date.now() + 30_000)
  const startMs = performance.now() - started
  return {
    child,
    url,
    startMs,
    rssMb: () => rssOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

let nextPort = 17_900

/** The ceiling: a bare node:http server answering a fixed JSON body. */
export function startCeiling(): Promise<Spawned> {
  const port = nextPort++
  return spawnAndWait([path.resolve('bench/lib/ceiling-server.mjs'), String(port)], {}, port, '/iaas/')
}

/** `qingstack start` on a fresh SQLite data directory (or `databaseUrl`), with the bench key. */
export async function startQingstack(options: { databaseUrl?: string; processes?: number; env?: Record<string, string> } = {}) {
  const port = nextPort++
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-bench-'))
  const args = [path.resolve('bin/qingstack.js'), 'start', ...(options.processes ? ['--processes', String(options.processes)] : [])]
  const spawned = await spawnAndWait(
    args,
    {
      QINGSTACK_PORT: String(port),
      QINGSTACK_DATA_DIR: dataDir,
      QINGSTACK_ACCESS_KEY_ID: BENCH_KEY.id,
      QINGSTACK_SECRET_ACCESS_KEY: BENCH_KEY.secret,
      QINGSTACK_TIMING: 'instant',
      QINGSTACK_LOG_LEVEL: 'warn',
      // A bench fills a zone far past the default per-user quotas.
      QINGSTACK_QUOTAS: 'instance=200000,cpu=1000000,memory=1000000000,volume=200000,volume_size=100000000',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    port,
    '/iaas/',
  )
  const endpoint = `http://127.0.0.1:${port}/iaas/`
  return {
    ...spawned,
    endpoint,
    client: new QingClient({ endpoint, accessKeyId: BENCH_KEY.id, secretAccessKey: BENCH_KEY.secret, zone: 'pek3a' }),
    async stop() {
      await spawned.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
