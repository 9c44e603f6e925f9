import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the console is served: the same port as the API, in every server process. */
export const CONSOLE_PATH = '/console/'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/**
 * dist/console/, the console's production build (`npm install` builds it, as the server bundle):
 * found by walking up from this module, which is src/server/http/ in a checkout run by tsx and
 * dist/chunks/ in the bundle.
 */
export function findConsoleDir(from = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'dist', 'console')
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate
    if (path.basename(dir) === 'dist' && fs.existsSync(path.join(dir, 'console', 'index.html'))) return path.join(dir, 'console')
  }
  return undefined
}

/** Every file of the build, by its URL path: only these names are ever served (no path from input reaches the disk). */
function readFiles(dir: string): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>()
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name)
      if (entry.isDirectory()) walk(rel)
      else
        files.set(rel, { body: fs.readFileSync(path.join(dir, rel)), type: types[path.extname(entry.name)] ?? 'application/octet-stream' })
    }
  }
  walk('')
  return files
}

export interface ConsoleAnswer {
  status: number
  type: string
  cache: string
  body: Buffer | string
}

/**
 * The console's static files at /console/: the answer to `/console/<wanted>`. The console is a
 * client of /iaas/ like any other (it signs in the browser with the user's access key); nothing
 * here serves data. Files with a hash in their name are cached for a year, index.html never.
 */
export function consoleFiles(dir = findConsoleDir()): (wanted: string) => ConsoleAnswer {
  let files: Map<string, { body: Buffer; type: string }> | undefined
  const load = () => (files ??= dir ? readFiles(dir) : new Map())
  return (requested) => {
    const wanted = requested || 'index.html'
    const file = load().get(wanted) ?? (wanted.includes('.') ? undefined : load().get('index.html'))
    if (file === undefined) {
      const body = dir ? `no such file in the console: ${wanted.slice(0, 64)}` : 'the console is not built: run `npm run build`'
      return { status: 404, type: 'text/plain; charset=utf-8', cache: 'no-cache', body }
    }
    const cache = wanted.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    return { status: 200, type: file.type, cache, body: file.body }
  }
}
