// npm run bench [-- --quick] [-- --only start,search,…]: qingstack against a bare node:http ceiling on this machine, in one run.
// Every figure is reported with a ratio to the ceiling or to another figure of the same run;
// traffic stays on 127.0.0.1 and every load run is bounded in time.
import fs from 'node:fs'
import path from 'node:path'
import { auditBench } from './audit.js'
import { expectOk, load, type LoadResult } from './lib/load.js'
import { startCeiling, startQingstack } from './lib/processes.js'
import { presign } from './lib/sign.js'
import { instances, volumes, type Target } from './lib/targets.js'

const quick = process.argv.includes('--quick')
const SECONDS = quick ? 3 : 8
const BIG = quick ? 10_000 : 50_000
const MEMORY_RESOURCES = quick ? 20_000 : 100_000
const target: Target = instances
// A name held by NEEDLES resources of each zone only; `-` never occurs in an id, so ids never match.
const NEEDLES = 20
const SEARCH_NAME = 'needle-bench'
const searchFilter = { search_word: 'needle-bench', limit: 20 }
const pgUrl = process.env.QINGSTACK_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'

/**
 * `--only a,b`: run only these sections, for a short run while working on one figure. The ceiling
 * always runs (every ratio needs it), and `postgres` measures the SQLite page it is compared with.
 */
const SECTIONS = ['start', 'protocol', 'describe', 'filtered', 'search', 'memory', 'postgres', 'audit'] as const
type Section = (typeof SECTIONS)[number]
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : undefined
const unknownSection = only?.find((name) => !(SECTIONS as readonly string[]).includes(name))
if (unknownSection !== undefined) throw new Error(`--only: no section ${unknownSection}; sections: ${SECTIONS.join(', ')}`)
const runs = (section: Section) => !only || only.includes(section)

interface Row {
  figure: string
  value: string
  ratio: string
  target?: string
  /** CPU time the server spent per answered request during that load run, in µs. */
  cpu?: string
}
const rows: Row[] = []
const results: Record<string, unknown> = { date: new Date().toISOString(), quick, target: target.name, seconds: SECONDS }
const fmt = (n: number, digits = 0) => n.toFixed(digits)
const say = (text: string) => process.stderr.write(`bench: ${text}\n`)

function record(figure: string, value: string, ratio: string, goal?: string, measured?: Measured) {
  rows.push({ figure, value, ratio, ...(goal ? { target: goal } : {}), ...(measured ? { cpu: fmt(measured.cpuUs) } : {}) })
}

type Measured = LoadResult & { cpuUs: number }

/** A bounded load run on `url`, with the CPU time the server (`cpuMs`, its process tree) spent per request. */
async function measure(name: string, url: string, connections: number, cpuMs: () => number): Promise<Measured> {
  await expectOk(url)
  const cpuBefore = cpuMs()
  const loaded = await load(url, { connections, seconds: SECONDS })
  const requests = loaded.rps * SECONDS
  const result = { ...loaded, cpuUs: requests > 0 ? ((cpuMs() - cpuBefore) * 1000) / requests : 0 }
  results[name] = result
  return result
}

// `--only audit`: the audit log's cost alone (section 9), for a short run.
if (only?.length === 1 && only[0] === 'audit') {
  const audit = await auditBench(SECONDS, say)
  results.audit = audit.raw
  rows.push(...audit.rows)
  report()
  process.exit(0)
}

// 1. The ceiling, and how fast a bare process answers its first request.
say('ceiling')
const ceiling = await startCeiling()
const ceil16 = await measure('ceiling_c16', ceiling.url, 16, ceiling.cpuMs)
const ceil32 = await measure('ceiling_c32', ceiling.url, 32, ceiling.cpuMs)
const ceilingStartMs = ceiling.startMs
const ceilingRss = ceiling.rssMb()
await ceiling.stop()
record('ceiling req/s c16 / c32', `${fmt(ceil16.rps)} / ${fmt(ceil32.rps)}`, '1.00', undefined, ceil32)

// 2. Start-up: a fresh data directory, then a restart is what users see most.
say('start-up')
const server = await startQingstack()
record(
  'start to first answer (fresh store), ms',
  fmt(server.startMs),
  `${fmt(server.startMs / ceilingStartMs, 1)}x ceiling's ${fmt(ceilingStartMs)} ms`,
  '< 250 ms',
)
results.start_ms = server.startMs
results.ceiling_start_ms = ceilingStartMs
const idleRss = server.rssMb()

// 3. The protocol alone (no table read): signed DescribeZones.
if (runs('protocol')) {
  const zones = await measure('describe_zones_c32', presign(server.endpoint, 'DescribeZones', {}), 32, server.cpuMs)
  record('signed DescribeZones req/s c32 (protocol only)', fmt(zones.rps), fmt(zones.rps / ceil32.rps, 2), '>= 0.35', zones)
}

// 4. Signed Describe: a page of 20 out of 1 000, and a point lookup by id.
let seeded = 0
let d32: Measured | undefined
if (runs('describe') || runs('filtered') || runs('search') || runs('postgres')) {
  say(`seeding 1 000 ${target.name}`)
  const ids = await target.seed(server.client, 1000, 'pek3a')
  seeded += 1000
  const page = presign(server.endpoint, target.describe, { limit: 20 })
  if (runs('describe')) {
    const d16 = await measure('describe_c16', page, 16, server.cpuMs)
    d32 = await measure('describe_c32', page, 32, server.cpuMs)
    record(`signed ${target.describe} (20 of 1 000) req/s c16`, fmt(d16.rps), fmt(d16.rps / ceil16.rps, 2), undefined, d16)
    record(`signed ${target.describe} (20 of 1 000) req/s c32`, fmt(d32.rps), fmt(d32.rps / ceil32.rps, 2), '>= 0.10', d32)
    record(`  latency p50 / p99 c16, ms`, `${d16.p50} / ${d16.p99}`, `ceiling ${ceil16.p50} / ${ceil16.p99}`, 'p99 <= 5 ms')
    record(`  latency p50 / p99 c32, ms`, `${d32.p50} / ${d32.p99}`, `ceiling ${ceil32.p50} / ${ceil32.p99}`)
    const point = await measure('point_c32', presign(server.endpoint, target.describe, target.point(ids[500]!)), 32, server.cpuMs)
    record(`signed ${target.describe} by id req/s c32`, fmt(point.rps), fmt(point.rps / ceil32.rps, 2), '>= 0.20', point)
  } else if (runs('postgres')) {
    d32 = await measure('describe_c32', page, 32, server.cpuMs)
    record(`signed ${target.describe} (20 of 1 000) req/s c32`, fmt(d32.rps), fmt(d32.rps / ceil32.rps, 2), '>= 0.10', d32)
  }
}

// 5. The same filtered Describe over 1 000 and over BIG resources (another zone of the same store).
if (runs('filtered') || runs('search')) {
  say(`seeding ${BIG} ${target.name} in sh1a`)
  const smallFilter = runs('filtered')
    ? await measure('filtered_1k_c32', presign(server.endpoint, target.describe, target.filter), 32, server.cpuMs)
    : undefined
  // search_word: NEEDLES resources whose name holds the word, among 1 000 and among BIG.
  await target.seedNamed(server.client, NEEDLES, 'pek3a', SEARCH_NAME)
  const smallSearch = runs('search')
    ? await measure('search_1k_c32', presign(server.endpoint, target.describe, searchFilter), 32, server.cpuMs)
    : undefined
  const seedStart = performance.now()
  await target.seed(server.client, BIG, 'sh1a')
  const seedSeconds = (performance.now() - seedStart) / 1000
  await target.seedNamed(server.client, NEEDLES, 'sh1a', SEARCH_NAME)
  seeded += BIG + 2 * NEEDLES
  if (smallFilter) {
    const bigFilter = await measure('filtered_big_c32', presign(server.endpoint, target.describe, target.filter, 'sh1a'), 32, server.cpuMs)
    record(`filtered ${target.describe} over 1 000, req/s`, fmt(smallFilter.rps), '1.00', undefined, smallFilter)
    record(
      `filtered ${target.describe} over ${BIG}, req/s`,
      fmt(bigFilter.rps),
      fmt(bigFilter.rps / smallFilter.rps, 2),
      '>= 0.8 of the 1 000 figure',
      bigFilter,
    )
    record(
      `  latency p50 / p99 over 1 000 / over ${BIG}, ms`,
      `${smallFilter.p50} / ${smallFilter.p99}`,
      `${bigFilter.p50} / ${bigFilter.p99}`,
    )
  }
  if (smallSearch) {
    const bigSearch = await measure('search_big_c32', presign(server.endpoint, target.describe, searchFilter, 'sh1a'), 32, server.cpuMs)
    record(`${target.describe} search_word (${NEEDLES} match) over 1 000, req/s`, fmt(smallSearch.rps), '1.00', undefined, smallSearch)
    record(
      `${target.describe} search_word (${NEEDLES} match) over ${BIG}, req/s`,
      fmt(bigSearch.rps),
      fmt(bigSearch.rps / smallSearch.rps, 2),
      '>= 0.8 of the 1 000 figure',
      bigSearch,
    )
  }

  // 6. Creation throughput: resources created and settled per second, jobs included (instant timing).
  record(
    `${target.name} created and settled per second (instant timing)`,
    fmt(BIG / seedSeconds),
    `${fmt(BIG / seedSeconds / ceil32.rps, 2)} of ceiling req/s`,
    '>= 1 000/s',
  )
  results.created_per_s = BIG / seedSeconds
}

// 7. Memory with MEMORY_RESOURCES resources.
if (runs('memory')) {
  say(`seeding up to ${MEMORY_RESOURCES} resources`)
  await volumes.seed(server.client, MEMORY_RESOURCES - seeded, 'gd2')
  await expectOk(presign(server.endpoint, volumes.describe, { limit: 100 }, 'gd2'))
  const fullRss = server.rssMb()
  record(
    `RSS with ${MEMORY_RESOURCES} resources, MB`,
    fmt(fullRss),
    `${fmt(fullRss / idleRss, 1)}x idle ${fmt(idleRss)} MB; ceiling ${fmt(ceilingRss)} MB`,
    '< 200 MB',
  )
  results.rss_mb = fullRss
  results.idle_rss_mb = idleRss
}
await server.stop()

// 8. The same signed Describe on PostgreSQL with one and two processes.
for (const processes of runs('postgres') ? [1, 2] : []) {
  say(`PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`)
  const schema = `qs_bench_${process.pid}_${processes}`
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`)
  const url = new URL(pgUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  const pgServer = await startQingstack({ databaseUrl: url.toString(), processes })
  await target.seed(pgServer.client, 1000, 'pek3a')
  const result = await measure(
    `pg_${processes}p_describe_c32`,
    presign(pgServer.endpoint, target.describe, { limit: 20 }),
    32,
    pgServer.cpuMs,
  )
  record(
    `PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}: signed ${target.describe} req/s c32`,
    fmt(result.rps),
    `${fmt(result.rps / d32!.rps, 2)} of SQLite 1 process`,
    processes === 1 ? '>= 0.6' : undefined,
    result,
  )
  await pgServer.stop()
  await admin.query(`drop schema if exists ${schema} cascade`)
  await admin.end()
}

// 9. The audit log on against off, in the same run.
if (runs('audit')) {
  const audit = await auditBench(SECONDS, say)
  results.audit = audit.raw
  rows.push(...audit.rows)
}

report()

function report() {
  const width = Math.max(...rows.map((r) => r.figure.length))
  const table = rows
    .map(
      (r) => `${r.figure.padEnd(width)}  ${r.value.padStart(14)}  ${r.ratio.padEnd(40)}  ${(r.cpu ?? '').padStart(9)}  ${r.target ?? ''}`,
    )
    .join('\n')
  const header = `${'figure'.padEnd(width)}  ${'value'.padStart(14)}  ${'ratio'.padEnd(40)}  ${'CPU µs/req'.padStart(9)}  target`
  process.stdout.write(`\n${header}\n${table}\n`)
  fs.mkdirSync('bench/results', { recursive: true })
  const file = path.join('bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify({ ...results, rows }, null, 2))
  process.stdout.write(`\nwritten to ${file}\n`)
}
