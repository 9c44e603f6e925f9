import fs from 'node:fs'
import path from 'node:path'

/**
 * Every action the specification names (`../shared/spec/*.md`), for the status table of
 * docs/compat.md. A name counts when it starts with one of QingCloud's action verbs and is not a
 * client type (`…Input`, `…Output`) or method (`client.RunInstance`); `FooResponse` names `Foo`.
 * Each action is filed under the section that describes it (see extractSpecActions).
 */

export interface SpecAction {
  action: string
  file: string
  section: string
}

/** Where actions are described, then the files that mostly mention actions described elsewhere. */
const FILES = ['iaas.md', 'network.md', 'project.md', 'README.md', 'gaps.md']
const MENTIONING = new Set(['README.md', 'gaps.md'])

const VERBS = [
  'Describe',
  'Create',
  'Delete',
  'Deletete',
  'Modify',
  'Run',
  'Terminate',
  'Start',
  'Stop',
  'Restart',
  'Reset',
  'Resize',
  'Clone',
  'Cease',
  'Capture',
  'Grant',
  'Revoke',
  'Attach',
  'Detach',
  'Apply',
  'Add',
  'Allocate',
  'Associate',
  'Dissociate',
  'Release',
  'Change',
  'Join',
  'Leave',
  'Get',
  'Copy',
  'Rollback',
  'Update',
  'Upload',
  'Power',
  'Recover',
]

/** Names that look like actions but are not: the made-up action of a signature test vector. */
const NOT_ACTIONS = new Set(['DescribeInstance'])

const NAME = new RegExp(`(?<![\\w.])(?:${VERBS.join('|')})[A-Z][A-Za-z]*`, 'g')
// `Add/Delete/DescribeRouterStaticEntries`: verbs sharing one noun.
const SHARED_NOUN = new RegExp(`(?<![\\w.])((?:(?:${VERBS.join('|')})/)+)(${VERBS.join('|')})([A-Z][A-Za-z]*)`, 'g')

export function namesIn(line: string): string[] {
  const names: string[] = []
  const rest = line.replace(SHARED_NOUN, (_match, verbs: string, last: string, noun: string) => {
    for (const verb of [...verbs.split('/').filter(Boolean), last]) names.push(`${verb}${noun}`)
    return ' '
  })
  for (const [match] of rest.matchAll(NAME)) names.push(match.replace(/Response$/, ''))
  return names.filter((name) => !/(Input|Output)$/.test(name) && !NOT_ACTIONS.has(name))
}

/**
 * Each action with the section that describes it best: a heading naming it, else a table row naming it
 * in its first cells (the action indexes), else any mention; earlier files first.
 */
export function extractSpecActions(specDir: string): SpecAction[] {
  const best = new Map<string, SpecAction & { rank: number }>()
  for (const file of FILES) {
    const full = path.join(specDir, file)
    if (!fs.existsSync(full)) continue
    let section = ''
    for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
      const heading = /^(#{2,4}) (.+)$/.exec(line)
      if (heading) section = sectionOf(heading[2]!)
      for (const action of namesIn(line)) {
        const place = heading ? 0 : line.startsWith('|') && namesIn(line.split('|').slice(0, 3).join('|')).includes(action) ? 1 : 2
        const rank = place + (MENTIONING.has(file) ? 3 : 0)
        const known = best.get(action)
        if (!known || rank < known.rank) best.set(action, { action, file, section, rank })
      }
    }
  }
  const order = [...best.values()].sort(
    (a, b) => FILES.indexOf(a.file) - FILES.indexOf(b.file) || a.section.localeCompare(b.section, 'en', { numeric: true }),
  )
  return order.map(({ action, file, section }) => ({ action, file, section }))
}

/** `5.1 CreateVolumes` → `§5.1`; headings without a number stay as they are. */
function sectionOf(heading: string): string {
  const number = /^(\d+(?:\.\d+)*|G-[A-Z]+\d+)\.?\s/.exec(heading)
  return number ? `§${number[1]}` : heading.trim()
}

/** The specification next to the repository (`../shared/spec`), or QINGSTACK_SPEC_DIR. */
export function findSpecDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.QINGSTACK_SPEC_DIR, path.resolve('../shared/spec'), path.resolve('../../shared/spec')]
  return candidates.find((dir) => dir !== undefined && fs.existsSync(path.join(dir, 'iaas.md')))
}
