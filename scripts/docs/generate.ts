import fs from 'node:fs'
import path from 'node:path'
import { documentedServices, renderIndex, renderService } from './api.js'
import { renderActionStatus, withActionStatus } from './compat.js'
import { renderErrors } from './errors.js'
import { renderPermissions } from './permissions.js'
import type { SpecAction } from './spec-index.js'

/** Every generated document, by path relative to the repository root. */
export interface GeneratedFile {
  path: string
  content: string
}

export const SPEC_INDEX = 'scripts/docs/spec-actions.json'
export const API_DIR = 'docs/api'

export function readSpecIndex(root = '.'): SpecAction[] {
  return JSON.parse(fs.readFileSync(path.join(root, SPEC_INDEX), 'utf8')) as SpecAction[]
}

export function serializeSpecIndex(spec: readonly SpecAction[]): string {
  return `${JSON.stringify(spec, null, 2)}\n`
}

/** The docs as the registry, the error catalog and the spec index make them today. */
export function generateDocs(root = '.'): GeneratedFile[] {
  const compatPath = 'docs/compat.md'
  const compat = fs.readFileSync(path.join(root, compatPath), 'utf8')
  return [
    { path: `${API_DIR}/README.md`, content: linkCompat(renderIndex(), '../compat.md') },
    ...documentedServices().map((service) => ({
      path: `${API_DIR}/${service}.md`,
      content: linkCompat(renderService(service), '../compat.md'),
    })),
    { path: `${API_DIR}/permissions.md`, content: linkCompat(renderPermissions(), '../compat.md') },
    { path: 'docs/errors.md', content: linkCompat(renderErrors(), 'compat.md') },
    { path: compatPath, content: withActionStatus(compat, linkCompat(renderActionStatus(readSpecIndex(root)), '')) },
  ]
}

/**
 * Descriptor text cites differences as `docs/compat.md#anchor` (so the CLI's help names the file);
 * in the generated pages each becomes a link relative to the page.
 */
export function linkCompat(page: string, compatFromPage: string): string {
  return page.replace(
    /(?<![\w/[])(?<!\]\()docs\/compat\.md#([a-z0-9-]+)/g,
    (_match, anchor: string) => `[docs/compat.md#${anchor}](${compatFromPage}#${anchor})`,
  )
}

/** Generated files that differ from the committed ones, and files in docs/api/ nothing generates. */
export function staleDocs(root = '.'): { changed: string[]; orphaned: string[] } {
  const generated = generateDocs(root)
  const changed = generated
    .filter((file) => !fs.existsSync(path.join(root, file.path)) || fs.readFileSync(path.join(root, file.path), 'utf8') !== file.content)
    .map((file) => file.path)
  const expected = new Set(generated.map((file) => file.path))
  const dir = path.join(root, API_DIR)
  const orphaned = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .map((name) => `${API_DIR}/${name}`)
        .filter((file) => !expected.has(file))
    : []
  return { changed, orphaned }
}
