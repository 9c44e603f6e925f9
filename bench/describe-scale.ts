// npm run bench:scale [-- --big 50000 --seconds 3]: one signed, filtered DescribeInstances page
// (limit=20) over 1 000 instances and over --big instances (issue 4), in one run. Bounded: two
// seedings and four short load runs; bench/run.ts has the same comparison inside the full bench.
import fs from 'node:fs'
import path from 'node:path'
import { expectOk, load, type LoadResult } from './lib/load.js'
import { startQingstack } from './lib/processes.js'
import { presign } from './lib/sign.js'
import { instances } from './lib/targets.js'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const BIG = arg('big', 50_000)
const SECONDS = arg('seconds', 3)
// Few connections: the figure is how long one answer takes, not how many a saturated server gives.
const CONNECTIONS = arg('connections', 4)
const say = (text: string) => process.stderr.write(`bench:scale: ${text}\n`)

const filters = {
  'status=running': { status: ['running'], limit: 20 },
  'status=running&instance_type=c1m1': { status: ['running'], instance_type: ['c1m1'], limit: 20 },
} as const

const server = await startQingstack()
const results: Record<string, LoadResult> = {}
const lines: string[] = []
try {
  say('seeding 1 000 instances in pek3a')
  await instances.seed(server.client, 1000, 'pek3a')
  say(`seeding ${BIG} instances in sh1a`)
  const seedStart = performance.now()
  await instances.seed(server.client, BIG, 'sh1a')
  say(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`)
  for (const [name, filter] of Object.entries(filters)) {
    const measured: LoadResult[] = []
    for (const zone of ['pek3a', 'sh1a']) {
      const url = presign(server.endpoint, 'DescribeInstances', filter, zone)
      const body = await expectOk(url)
      if ((body.instance_set as unknown[]).length !== 20) throw new Error(`${name} in ${zone}: expected a full page of 20`)
      const result = await load(url, { connections: CONNECTIONS, seconds: SECONDS })
      results[`${name} ${zone}`] = result
      measured.push(result)
    }
    const [small, big] = measured as [LoadResult, LoadResult]
    lines.push(
      `DescribeInstances ${name} limit=20`,
      `  over 1 000:  ${small.rps.toFixed(0)} req/s, p50 ${small.p50} ms, p99 ${small.p99} ms`,
      `  over ${BIG}: ${big.rps.toFixed(0)} req/s, p50 ${big.p50} ms, p99 ${big.p99} ms`,
      `  ratio (over ${BIG} / over 1 000, req/s): ${(big.rps / small.rps).toFixed(2)}`,
    )
  }
} finally {
  await server.stop()
}
process.stdout.write(`\n${lines.join('\n')}\n`)
fs.mkdirSync('bench/results', { recursive: true })
const file = path.join('bench/results', `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), big: BIG, seconds: SECONDS, connections: CONNECTIONS, results }, null, 2),
)
process.stdout.write(`written to ${file}\n`)
