import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The import rules of ARCHITECTURE.md: each folder may import only the folders listed for it.
 * Paths are relative to src/; a rule names folder prefixes.
 */
const rules: Array<{ folder: string; may: string[] }> = [
  { folder: 'protocol/', may: ['protocol/'] },
  { folder: 'server/domain/', may: ['protocol/', 'server/domain/'] },
  { folder: 'server/db/', may: ['protocol/', 'server/db/'] },
  { folder: 'server/jobs/', may: ['protocol/', 'server/domain/', 'server/db/', 'server/jobs/', 'server/config.ts'] },
  {
    folder: 'server/actions/',
    may: ['protocol/', 'server/domain/', 'server/db/', 'server/jobs/queue.ts', 'server/actions/', 'server/config.ts'],
  },
  {
    folder: 'server/pipeline/',
    may: ['protocol/', 'server/domain/', 'server/db/', 'server/actions/', 'server/jobs/queue.ts', 'server/pipeline/', 'server/config.ts'],
  },
  { folder: 'server/http/', may: ['protocol/', 'server/pipeline/', 'server/http/'] },
  { folder: 'sdk/', may: ['protocol/', 'sdk/'] },
  { folder: 'cli/', may: ['protocol/', 'sdk/', 'cli/', 'server/'] },
]

const src = path.resolve('src')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!)
  return found.map((spec) => path.relative(src, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts'))
}

/** The code of a file without its comments: JSDoc examples may name actions (`client.call('DescribeZones')`). */
function withoutComments(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n')
}

describe('import boundaries (ARCHITECTURE.md)', () => {
  const files = sourceFiles(src)

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(rules.map((rule) => [rule.folder, rule] as const))('%s imports only what it may', (_folder, rule) => {
    const violations: string[] = []
    for (const file of files) {
      const from = path.relative(src, file)
      if (!from.startsWith(rule.folder)) continue
      for (const target of relativeImports(file)) {
        if (!rule.may.some((allowed) => target.startsWith(allowed))) violations.push(`${from} → ${target}`)
      }
    }
    expect(violations).toEqual([])
  })

  it('keeps SQL inside src/server/db', () => {
    const offenders = files
      .filter((file) => !path.relative(src, file).startsWith('server/db/'))
      .filter((file) => /from 'kysely'|\.(selectFrom|insertInto|updateTable|deleteFrom)\(/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file))
    expect(offenders).toEqual([])
  })

  it('names actions only inside src/protocol (house rule 2)', () => {
    // `Handler<'X'>` is type-checked against the registry, so a typo fails to compile; any other
    // spelled-out action name is a string the compiler cannot check.
    const offenders = files
      .filter((file) => !path.relative(src, file).startsWith('protocol/'))
      .filter((file) => /(?<!<)['"`](Describe|Create|Delete|Run|Stop|Start|Terminate|Modify|Attach|Detach)[A-Z][A-Za-z]+['"`]/.test(withoutComments(file)))
      .map((file) => path.relative(src, file))
    expect(offenders).toEqual([])
  })
})
