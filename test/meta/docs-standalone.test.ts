import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { releases } from '../../src/server/db/migrations/releases.js'

/**
 * The repository explains itself: nothing a user or a maintainer reads cites a document outside it
 * (the specification's gap numbers and sections, a style guide elsewhere); docs/compat.md's anchors
 * exist for every citation of them; the files its sections name as pinning a behaviour exist.
 */

/** How citations of documents outside the repository look. */
const OUTSIDE = /\bgaps\s+(?:G-|\d)|\bG-(?:P|I|PR|C|N|A)\d+\b|§|\b(?:iaas|network)\.md\b|spec README|STYLE\.md|steering/

/**
 * The docs tooling reads the action index of QingCloud's documentation by its file names
 * (`iaas.md`, …) to build the action-status table; this test spells the patterns out.
 */
/**
 * Released migrations are kept byte for byte (test/db/upgrade.test.ts checks their hashes), comments
 * included: what they cite stays as it was released.
 */
const FROZEN = new Set(releases.flatMap((release) => Object.keys(release.migrations)).map((name) => `src/server/db/migrations/${name}.ts`))

const TOOLING = new Set(['scripts/docs/spec-index.ts', 'scripts/docs/compat.ts', 'test/meta/docs-standalone.test.ts'])

function outsideCitations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (OUTSIDE.test(line) && !/RFC \d+ §/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  )
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'results' ? [] : filesUnder(full, pattern)
    return pattern.test(entry.name) ? [full] : []
  })
}

const compat = fs.readFileSync('docs/compat.md', 'utf8')
const anchors = [...compat.matchAll(/^<a id="([^"]+)"><\/a>$/gm)].map((m) => m[1]!)

/** Every file that may cite compat anchors: code, tests, scripts and the hand-written pages. */
function citingFiles(): string[] {
  return [
    ...['src', 'scripts', 'test', 'bench'].flatMap((dir) => filesUnder(dir, /\.(ts|tsx|mjs|js)$/)),
    ...['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md'].filter((file) => fs.existsSync(file)),
    ...filesUnder('docs', /\.md$/),
  ]
}

describe('citations of documents outside the repository', () => {
  it('are absent from the README, ARCHITECTURE.md, CONTRIBUTING.md and docs/ (docs/api included)', () => {
    const pages = [...['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md'].filter((f) => fs.existsSync(f)), ...filesUnder('docs', /\.md$/)]
    expect(pages.length).toBeGreaterThan(10)
    expect(outsideCitations(pages)).toEqual([])
  })

  it('are absent from code comments, descriptor text and CLI help', () => {
    const code = ['src', 'scripts', 'test', 'bench']
      .flatMap((dir) => filesUnder(dir, /\.(ts|tsx|mjs|js)$/))
      .filter((f) => !TOOLING.has(f.split(path.sep).join('/')) && !FROZEN.has(f.split(path.sep).join('/')))
    expect(code.length).toBeGreaterThan(100)
    expect(outsideCitations(code)).toEqual([])
  })
})

describe('docs/compat.md anchors', () => {
  it('are unique, and each is followed by a heading', () => {
    expect(anchors.length).toBeGreaterThan(50)
    expect(anchors.filter((a, i) => anchors.indexOf(a) !== i)).toEqual([])
    for (const anchor of anchors) {
      const after = compat.slice(compat.indexOf(`<a id="${anchor}"></a>`)).split('\n')[1] ?? ''
      expect(after, anchor).toMatch(/^#{2,3} \S/)
    }
  })

  it('exist for every citation in code, tests and docs', () => {
    const missing: string[] = []
    for (const file of citingFiles()) {
      const text = fs.readFileSync(file, 'utf8')
      // From anywhere as docs/compat.md#…, from docs/ as compat.md#…, inside the page as (#…);
      // `#anchor` is how the pages name the form itself.
      const cited = [...text.matchAll(/compat\.md#([a-z0-9-]+)/g)].map((m) => m[1]!).filter((a) => a !== 'anchor')
      if (file === path.join('docs', 'compat.md')) cited.push(...[...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1]!))
      for (const anchor of cited) if (!anchors.includes(anchor)) missing.push(`${file}: #${anchor}`)
    }
    expect(missing).toEqual([])
  })

  it('name files that exist as what pins each behaviour', () => {
    const named = [...compat.matchAll(/`((?:src|test|scripts|bench)\/[^`\s]+)`/g)].map((m) => m[1]!)
    expect(named.length).toBeGreaterThan(50)
    expect(named.filter((file) => !fs.existsSync(file))).toEqual([])
  })
})
