import path from 'node:path'
import type { Config } from './config.js'

/**
 * A start-up failure told in one line: the cause and the setting to change. `qingstack start` prints
 * it (its cause's stack only at log level debug or trace) and exits 1.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

export type StartupPhase = 'store' | 'listen'

/** Turns what failed while opening the store or listening into a StartupError that says what to do. */
export function explainStartupError(error: unknown, config: Config, phase: StartupPhase): Error {
  if (error instanceof StartupError || (error instanceof Error && error.name === 'ConfigError')) return error
  const code = codeOf(error)
  const message = error instanceof Error ? error.message : String(error)
  const line = phase === 'listen' ? listenLine(code, config) : storeLine(code, message, config)
  return new StartupError(line ?? `start-up failed (${phase === 'listen' ? 'listening' : 'opening the store'}): ${message}`, {
    cause: error,
  })
}

function listenLine(code: string, { host, port }: Config): string | undefined {
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is in use: set QINGSTACK_PORT or --port`
    case 'EACCES':
      return `no permission to listen on port ${port} of ${host} (ports below 1024 need privileges): set QINGSTACK_PORT or --port`
    case 'EADDRNOTAVAIL':
      return `${host} is not an address of this machine: set QINGSTACK_HOST or --host`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `the host name "${host}" does not resolve (${code}): set QINGSTACK_HOST or --host`
    default:
      return undefined
  }
}

function storeLine(code: string, message: string, config: Config): string {
  if (config.databaseUrl) {
    const where = redactUrl(config.databaseUrl)
    // A reset is not here: something listened and hung up, which is "failed … check it" below.
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code)) {
      return `PostgreSQL at ${where} can not be reached (${code}): start it, or set DATABASE_URL`
    }
    // SQLSTATE classes: 28 authorization, 3D no such database, 42501 no privilege.
    if (code.startsWith('28') || code === '3D000' || code === '42501') {
      return `PostgreSQL at ${where} refused us (${code}: ${message}): set DATABASE_URL`
    }
    if (/^migration /.test(message)) return `the store at ${where} can not be brought up to date: ${message}: set DATABASE_URL`
    return `PostgreSQL at ${where} failed (${code || message}): check it, or set DATABASE_URL`
  }
  const file = path.join(config.dataDir, 'qingstack.db')
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN') {
    return `the SQLite store ${file} can not be written (${code}): make the data directory writable, or set QINGSTACK_DATA_DIR or --data-dir`
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return `${file} is not a qingstack store (${code}): set QINGSTACK_DATA_DIR or --data-dir`
  }
  if (/^migration /.test(message))
    return `the SQLite store ${file} can not be brought up to date: ${message}: set QINGSTACK_DATA_DIR or --data-dir`
  return `the SQLite store ${file} can not be opened (${code || message}): set QINGSTACK_DATA_DIR or --data-dir`
}

/** The system or driver error code (`EACCES`, `SQLITE_NOTADB`, …) a failure carries, or ''. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** A database URL without its password, for messages and the banner. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}
