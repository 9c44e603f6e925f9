import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { testDialect } from './dialect.js'

/** Debian's chromium package: the browser tests drive it, and never download one (.ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium'
export const chromiumPresent = fs.existsSync(CHROMIUM)

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** One browser per test file, closed on dispose; Playwright gives each launch a fresh, temporary user-data dir. */
export async function launchBrowser(): Promise<Browser & AsyncDisposable> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true, timeout: 30_000 })
  return Object.assign(browser, { [Symbol.asyncDispose]: () => browser.close() })
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: unknown[]; html: string }>
}

/** Runs axe-core in the page; fails on any serious or critical violation, naming each. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe
    return (await axe.run()).violations
  })
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 200)}`).join(' ')}`,
    )
  expect(bad).toEqual([])
}

/** QINGSTACK_CONSOLE_SCREENSHOTS=1 writes the pages docs/console.md shows into docs/console/ (from the SQLite run only). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.QINGSTACK_CONSOLE_SCREENSHOTS !== '1' || testDialect() !== 'sqlite') return
  fs.mkdirSync('docs/console', { recursive: true })
  await page.screenshot({ path: path.join('docs/console', `${name}.png`) })
}

/** Signs in on the console's sign-in page and waits for the dashboard. */
export async function signIn(page: Page, consoleUrl: string, key: { access_key_id: string; secret_access_key: string }): Promise<void> {
  await page.goto(consoleUrl)
  await page.getByLabel('Access key id').fill(key.access_key_id)
  await page.getByLabel('Secret access key').fill(key.secret_access_key)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const refused = page.getByRole('alert')
  await Promise.race([
    page.getByRole('heading', { name: 'Dashboard' }).waitFor(),
    refused.waitFor().then(async () => {
      throw new Error(`sign-in refused: ${await refused.textContent()}`)
    }),
  ])
}
