// npm run bench:monitor: the CPU one GetMonitor of 15 days of an instance's cpu at 5m (4 320 points)
// costs the server, against a signed DescribeInstances page of 20 (of 100), in one run on this machine.
// The server is a child process; its CPU time is read from /proc before and after each bounded load.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { formatQingTime } from '../src/protocol/time.js'
import { expectOk, load } from './lib/load.js'
import { presign } from './lib/sign.js'

const SECONDS = process.argv.includes('--quick') ? 3 : 8
const CONNECTIONS = 8

/** User plus system CPU of a process, in milliseconds (clock ticks of /proc/<pid>/stat). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('bench/lib/monitor-server.ts')], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const line = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout! }).once('line', resolve))
const { endpoint, instance } = JSON.parse(line) as { endpoint: string; instance: string }
try {
  const now = Date.now()
  const monitor = presign(endpoint, 'GetMonitor', {
    resource: instance,
    meters: ['cpu'],
    step: '5m',
    start_time: formatQingTime(now - 15 * 86_400_000 + 60_000),
    end_time: formatQingTime(now),
  })
  const points = ((await expectOk(monitor)) as { meter_set: Array<{ data: unknown[] }> }).meter_set[0]!.data.length
  const page = presign(endpoint, 'DescribeInstances', { limit: 20 })
  await expectOk(page)
  const rows: Array<[string, number, number]> = []
  for (const [name, url] of [
    ['signed DescribeInstances (20 of 100)', page],
    [`signed GetMonitor cpu 15 days at 5m (${points} points)`, monitor],
  ] as const) {
    const before = cpuMs(child.pid!)
    const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS })
    const spent = cpuMs(child.pid!) - before
    rows.push([name, result.rps, spent / (result.rps * SECONDS)])
  }
  const base = rows[0]![2]
  process.stdout.write(`\n${'figure'.padEnd(52)}  ${'req/s'.padStart(8)}  ${'CPU ms/req'.padStart(10)}  ratio\n`)
  for (const [name, rps, cpu] of rows) {
    process.stdout.write(`${name.padEnd(52)}  ${rps.toFixed(0).padStart(8)}  ${cpu.toFixed(3).padStart(10)}  ${(cpu / base).toFixed(2)}\n`)
  }
} finally {
  child.kill()
}
