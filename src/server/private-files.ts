import fs from 'node:fs'
import path from 'node:path'

/**
 * The data directory holds every secret access key (the SQLite store) and the root key's client
 * config: only its owner may read it, whatever the umask (docs/security.md#at-rest).
 */
export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/**
 * Makes `dir` (and any missing parent) with mode 0700, creates each of `create` empty with 0600
 * if absent, and tightens `dir` and every existing file of `files` that others may read or write.
 * Returns the paths whose modes were tightened, for one log line.
 */
export function securePrivateFiles(input: { dir: string; files: readonly string[]; create?: readonly string[] }): string[] {
  const tightened: string[] = []
  fs.mkdirSync(input.dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  if (tighten(input.dir, PRIVATE_DIR_MODE)) tightened.push(input.dir)
  for (const file of input.create ?? []) {
    // `wx` fails if another process made it meanwhile; that file is tightened below like any other.
    try {
      fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  for (const file of input.files) {
    if (fs.existsSync(file) && tighten(file, PRIVATE_FILE_MODE)) tightened.push(file)
  }
  return tightened
}

/** The SQLite store and the files SQLite keeps beside it. */
export function sqliteFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]
}

/** chmod to `mode` when group or others have any bit (the umask never widens a mode, only narrows it). */
function tighten(target: string, mode: number): boolean {
  const current = fs.statSync(target).mode & 0o777
  if ((current & 0o077) === 0) return false
  fs.chmodSync(target, mode)
  return true
}

export function describeTightened(paths: readonly string[]): string {
  return `tightened to owner-only access (0700 directory, 0600 files): ${paths.map((p) => path.basename(p) || p).join(', ')}`
}
