import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

/** A process run to its end, at most `timeoutMs` (then SIGKILLed and reported as timed out). */
export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
}

/** Disposing a process still running stops it (SIGTERM, then SIGKILL): a failed test leaves nothing behind. */
export interface Running extends AsyncDisposable {
  child: ChildProcess
  output(): { stdout: string; stderr: string }
  /** Resolves when stdout matches, rejects when the process ends first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>
  /** The process's end, at most `timeoutMs` after this call. */
  finished(timeoutMs: number): Promise<Finished>
}

export function launch(command: string, args: readonly string[], options: SpawnOptions): Running {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  return {
    child,
    output: () => ({ stdout, stderr }),
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs)
        const check = () => {
          const match = pattern.exec(stdout)
          if (!match) return
          clearTimeout(timer)
          child.stdout!.off('data', check)
          resolve(match)
        }
        child.stdout!.on('data', check)
        check()
        void exit.then(({ code }) => {
          clearTimeout(timer)
          reject(new Error(`exited (${code}) before ${pattern}; stderr: ${stderr}`))
        })
      }),
    finished: async (timeoutMs) => {
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, timeoutMs)
      const { code, signal } = await exit
      clearTimeout(timer)
      return { code, signal, stdout, stderr, timedOut }
    },
    async [Symbol.asyncDispose]() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exit
      clearTimeout(timer)
    },
  }
}

/**
 * Pids of live processes whose environment holds `marker` (a test's unique data directory): the
 * server, its cluster workers, anything it left behind. Linux only (/proc).
 */
export function processesWith(marker: string): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`).includes(marker)) {
        const state = /State:\s+(\w)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]
        if (state !== 'Z') found.push(Number(entry))
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found
}

/** Whether something accepts connections on the port of 127.0.0.1. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** A port held open by this process, busy for the server under test. */
export async function busyPort(): Promise<net.Server & AsyncDisposable> {
  const server = net.createServer((socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return Object.assign(server, { [Symbol.asyncDispose]: () => new Promise<void>((resolve) => server.close(() => resolve())) })
}

export function portOf(server: net.Server): number {
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening on a port')
  return address.port
}

/** Polls `check` every 100 ms until true, at most `timeoutMs`; false if it never was. */
export async function within(timeoutMs: number, check: () => boolean | Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
