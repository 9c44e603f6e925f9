import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
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
  /** CPU time the server's processes have used so far, in milliseconds. */
  cpuMs(): number
  stop(): Promise<void>
}

/** Resident memory of a process from /proc, in MB. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

const TICK_MS = 10 // USER_HZ is 100 on Linux: /proc counts CPU time in 10 ms ticks.

/** Process ids of `pid` and of every descendant (a `--processes N` primary forks its workers). */
function treeOf(pid: number): number[] {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    let tasks: string[]
    try {
      tasks = fs.readdirSync(`/proc/${pids[i]}/task`)
    } catch {
      continue
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim()
        if (children) pids.push(...children.split(/\s+/).map(Number))
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return pids
}

/** User and system CPU time of a process and its descendants from /proc, in milliseconds. */
export function cpuMsOf(pid: number): number {
  let ticks = 0
  for (const p of treeOf(pid)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * TICK_MS
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
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * A port nothing listens on now: the kernel's pick. Fixed ports clashed when two benches ran on one
 * machine (the second server failed to start and its side measured nothing).
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** The ceiling: a bare node:http server answering a fixed JSON body. */
export async function startCeiling(): Promise<Spawned> {
  const port = await freePort()
  return spawnAndWait([path.resolve('bench/lib/ceiling-server.mjs'), String(port)], {}, port, '/iaas/')
}

/** `qingstack start` on a fresh SQLite data directory (or `databaseUrl`), with the bench key. */
export async function startQingstack(
  options: { databaseUrl?: string; processes?: number; env?: Record<string, string>; nodeArgs?: string[] } = {},
) {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-bench-'))
  const args = [
    ...(options.nodeArgs ?? []),
    path.resolve('bin/qingstack.js'),
    'start',
    ...(options.processes ? ['--processes', String(options.processes)] : []),
  ]
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
