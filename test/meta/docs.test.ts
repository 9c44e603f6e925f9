import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { errorCatalog } from '../../src/protocol/errors.js'
import { readSpecIndex, serializeSpecIndex, SPEC_INDEX, staleDocs } from '../../scripts/docs/generate.js'
import { extractSpecActions, findSpecDir } from '../../scripts/docs/spec-index.js'

describe('generated docs are committed fresh (run `npm run docs`)', () => {
  it('docs/api/, docs/errors.md and the action status of docs/compat.md match the registry', () => {
    expect(staleDocs()).toEqual({ changed: [], orphaned: [] })
  })

  it('the spec index matches the specification, when it is reachable', () => {
    const specDir = findSpecDir()
    // Where the specification is not reachable, the committed index stands in for it.
    const expected = specDir === undefined ? fs.readFileSync(SPEC_INDEX, 'utf8') : serializeSpecIndex(extractSpecActions(specDir))
    expect(fs.readFileSync(SPEC_INDEX, 'utf8')).toBe(expected)
    expect(readSpecIndex().length).toBeGreaterThan(100)
  })

  it('docs/errors.md and the error catalog match both ways', () => {
    const page = fs.readFileSync('docs/errors.md', 'utf8')
    const documented = [...page.matchAll(/^\| (\d+) \| <a id="[a-z]+"><\/a>`(\w+)` \|/gm)].map((m) => [m[2], Number(m[1])])
    const catalog = Object.entries(errorCatalog).map(([key, entry]) => [key, entry.ret_code])
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(catalog))
    expect(documented).toHaveLength(catalog.length)
  })
})
