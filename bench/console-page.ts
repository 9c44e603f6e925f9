// npm run bench:console [-- --instances 10000]: the console's figures (issue 17), measured, not
// asserted: the production bundle's initial JavaScript, gzipped; and in chromium, over a zone of
// --instances instances, how long the instances list takes to show the next page after a click
// (median of a few clicks). Bounded: one seeding, one browser, a handful of clicks.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium } from 'playwright-core'
import { BENCH_KEY, startQingstack } from './lib/processes.js'
import { instances } from './lib/targets.js'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const COUNT = arg('instances', 10_000)
const CLICKS = arg('clicks', 5)
const say = (text: string) => process.stderr.write(`bench:console: ${text}\n`)

/** The scripts index.html loads before anything runs: its module entry and what it preloads. */
function initialJs(): { files: string[]; gzipped: number; raw: number } {
  const html = fs.readFileSync('dist/console/index.html', 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]!)
  let gzipped = 0
  let raw = 0
  for (const file of files) {
    const body = fs.readFileSync(path.join('dist/console', file))
    raw += body.length
    gzipped += zlib.gzipSync(body, { level: 9 }).length
  }
  return { files, gzipped, raw }
}

const bundle = initialJs()
say(`initial JS: ${bundle.files.join(', ')}: ${(bundle.raw / 1024).toFixed(0)} KB, ${(bundle.gzipped / 1024).toFixed(1)} KB gzipped`)

const server = await startQingstack()
const timings: number[] = []
const apiTimings: number[] = []
try {
  say(`seeding ${COUNT} instances in pek3a`)
  await instances.seed(server.client, COUNT, 'pek3a')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } })
    const consoleUrl = new URL('/console/', server.endpoint).toString()
    await page.goto(consoleUrl)
    await page.getByLabel('Access key id').fill(BENCH_KEY.id)
    await page.getByLabel('Secret access key').fill(BENCH_KEY.secret)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
    await page.goto(`${consoleUrl}#/instances`)
    const firstRow = page.locator('tr[data-id]').first()
    await firstRow.waitFor()
    const total = await page.getByTestId('total').textContent()
    say(`list shows ${total}`)
    for (let i = 0; i < CLICKS; i++) {
      const before = await firstRow.getAttribute('data-id')
      const start = performance.now()
      await page.getByRole('button', { name: 'next page' }).click()
      await page.waitForFunction((id) => document.querySelector('tr[data-id]')?.getAttribute('data-id') !== id, before)
      timings.push(performance.now() - start)
      // The DescribeInstances call's own share: the last /iaas/ request the page made.
      apiTimings.push(
        await page.evaluate(() => {
          const calls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/iaas/'))
          return calls.at(-1)?.duration ?? Number.NaN
        }),
      )
    }
  } finally {
    await browser.close()
  }
} finally {
  await server.stop()
}
const sorted = [...timings].sort((a, b) => a - b)
process.stdout.write(
  [
    '',
    `console initial JS (gzip -9): ${(bundle.gzipped / 1024).toFixed(1)} KB (${bundle.files.length} file(s), ${(bundle.raw / 1024).toFixed(0)} KB raw)`,
    `instances list over ${COUNT}: next page shown after ${sorted.map((t) => t.toFixed(0)).join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms`,
    `  of which the API call: ${apiTimings.map((t) => t.toFixed(0)).join(', ')} ms`,
    '',
  ].join('\n'),
)
