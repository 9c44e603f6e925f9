import fs from 'node:fs'
import path from 'node:path'

/**
 * The shell commands of the README and docs/*.md (not the generated docs/api): the lines of fenced
 * ```sh blocks, continuation lines joined, comment-only lines left out. A block may be preceded by an
 * HTML comment that the reader does not see:
 *
 * - `<!-- docs-test: exit N -->`: its commands are shown failing on purpose and must exit with N;
 * - `<!-- docs-test: skip <reason> -->`: its commands are not run, for the reason given.
 *
 * `npm install`, `npm start` and `npm test` are not run either: the test is itself the fresh
 * `npm start` (it builds and starts the server), and the suite is not run from inside the suite.
 */

export interface DocCommand {
  shell: string
  /** 1-based line of the page where the command starts. */
  line: number
  exit: number
}

export interface CommandPage {
  file: string
  commands: DocCommand[]
  skipped: Array<{ shell: string; reason: string }>
}

const SETUP = /^npm (install|start|test)\b/
const MARKER = /^<!--\s*docs-test:\s*(skip|exit)\s*(.*?)\s*-->$/

export function commandPages(root = process.cwd()): CommandPage[] {
  const files = [
    'README.md',
    ...fs
      .readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ]
  return files
    .map((file) => ({ file, ...commandsIn(fs.readFileSync(path.join(root, file), 'utf8')) }))
    .filter((page) => page.commands.length + page.skipped.length > 0)
}

export function commandsIn(markdown: string): Omit<CommandPage, 'file'> {
  const lines = markdown.split('\n')
  const commands: DocCommand[] = []
  const skipped: CommandPage['skipped'] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```sh') continue
    const marker = markerBefore(lines, i)
    let j = i + 1
    while (j < lines.length && lines[j]!.trim() !== '```') {
      const start = j
      let shell = lines[j]!
      while (shell.endsWith('\\') && j + 1 < lines.length) shell = `${shell.slice(0, -1).trimEnd()} ${lines[++j]!.trim()}`
      j++
      const trimmed = shell.trim()
      if (trimmed === '' || trimmed.startsWith('#')) continue
      if (SETUP.test(trimmed)) skipped.push({ shell: trimmed, reason: 'set-up: the test builds and starts the server itself' })
      else if (marker?.kind === 'skip') skipped.push({ shell: trimmed, reason: marker.value })
      else commands.push({ shell: trimmed, line: start + 1, exit: marker?.kind === 'exit' ? Number(marker.value) : 0 })
    }
    i = j
  }
  return { commands, skipped }
}

/** The docs-test comment on the nearest non-blank line above a fence, if any. */
function markerBefore(lines: readonly string[], fence: number): { kind: 'skip' | 'exit'; value: string } | undefined {
  let k = fence - 1
  while (k >= 0 && lines[k]!.trim() === '') k--
  const match = k >= 0 ? MARKER.exec(lines[k]!.trim()) : null
  if (!match) return undefined
  const kind = match[1] as 'skip' | 'exit'
  if (kind === 'exit' && !/^\d+$/.test(match[2]!)) throw new Error(`docs-test: exit needs a number, got "${match[2]}"`)
  return { kind, value: match[2]! }
}
