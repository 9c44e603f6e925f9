import { ApiError } from '../../protocol/errors.js'

/**
 * What a failed store call means for the caller. The database is a dependency that comes and goes
 * (a restart, a failover, a network blip) and a disk can fill up: both must reach the client as
 * QingCloud errors that say so, never as an anonymous 5000 or a crashed process.
 */
export type StoreFailure = { kind: 'unavailable'; cause: string } | { kind: 'full'; cause: string }

/** SQLSTATE classes and codes that mean the server or the connection went away (not the query). */
const UNAVAILABLE_SQLSTATES = new Set([
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovering)
])

const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
])

/** node-postgres reports a dropped or unusable connection by message only. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed',
  'terminating connection',
]

/** Classifies a driver error; undefined for anything that is not about the store's availability or space. */
export function classifyStoreFailure(error: unknown): StoreFailure | undefined {
  if (error === null || typeof error !== 'object' || error instanceof ApiError) return undefined
  const { code, message } = error as { code?: unknown; message?: unknown }
  const text = typeof message === 'string' ? message : ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100' || text.includes('could not extend file')) {
    return { kind: 'full', cause: code === 'SQLITE_FULL' ? 'database or disk is full' : text || String(code) }
  }
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) {
    return { kind: 'unavailable', cause: text || code }
  }
  if (UNAVAILABLE_MESSAGES.some((fragment) => text.includes(fragment))) return { kind: 'unavailable', cause: text }
  // AggregateError (a host with several addresses, all refused) carries the errno on itself, the text on its parts.
  if (error instanceof AggregateError && error.errors.length > 0) return classifyStoreFailure(error.errors[0])
  return undefined
}

/**
 * Tracks since when the store has been unreachable, so that every answer in an outage says how long
 * it has lasted and the worker can log its pause and resume once each.
 */
export class StoreAvailability {
  private downSince: number | undefined

  constructor(private readonly wallClock: () => number = Date.now) {}

  get isDown(): boolean {
    return this.downSince !== undefined
  }

  /** Marks the store down (if it was up); returns true when this call began the outage. */
  markDown(): boolean {
    if (this.downSince !== undefined) return false
    this.downSince = this.wallClock()
    return true
  }

  /** Marks the store up; returns the outage's length in ms when this call ended one. */
  markUp(): number | undefined {
    if (this.downSince === undefined) return undefined
    const lasted = this.wallClock() - this.downSince
    this.downSince = undefined
    return lasted
  }

  /** How long the current outage has lasted, in whole seconds (0 when up). */
  downForSeconds(): number {
    return this.downSince === undefined ? 0 : Math.floor((this.wallClock() - this.downSince) / 1000)
  }
}

/** The wire error for a classified failure: 5100 while the store is away (clients retry it), 5000 naming a full store. */
export function storeFailureError(failure: StoreFailure, context: { location: string; downForSeconds: number }): ApiError {
  if (failure.kind === 'full') return new ApiError('StoreFull', { reason: `${failure.cause} in ${context.location}` })
  return new ApiError('ServerBusy', {
    reason: `store unavailable: ${failure.cause} (for ${context.downForSeconds} s); retry shortly`,
  })
}
