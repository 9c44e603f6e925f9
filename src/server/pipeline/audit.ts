import type { Logger } from 'pino'
import type { RawParams } from '../../protocol/codec.js'
import type { ParamShape } from '../../protocol/params.js'
import { resourceTypeOfId } from '../../protocol/resources.js'
import type { Database, Tx } from '../db/database.js'
import { appendAuditOutbox, auditOutboxWaiting, insertAuditEvents, moveAuditOutbox, type AuditEventRow } from '../db/stores/audit-events.js'
import { namedIds } from './authorize.js'
import type { RawRequest } from './request.js'

/** What the audit log writes in place of a secret. */
export const REDACTED = '[redacted]'

/**
 * Parameters whose values are secrets, by the last part of their name (`login_passwd`,
 * `entries.1.val2`): passwords, secret and private keys (key pairs, certificates), user data.
 */
const SECRET_NAME = /(passw|secret|private_key|privatekey|userdata_value|user_data|attachment_content|certificate_content)/i

/** Actions whose `val2` is a VPN account's password (router static entries). */
const PASSWORD_VAL2 = /StaticEntr/

/** Longest value kept of a parameter that is not a secret; what is cut says so. */
const MAX_VALUE_CHARS = 1024

/** Whether a parameter's value is a secret, by its name (and, for `val2`, the action); kept per name. */
const secretNames = new Map<string, boolean>()
const MAX_KNOWN_NAMES = 10_000

function isSecret(name: string, action: string): boolean {
  const last = name.slice(name.lastIndexOf('.') + 1)
  if (last === 'val2') return PASSWORD_VAL2.test(action) || SECRET_NAME.test(last)
  let secret = secretNames.get(name)
  if (secret === undefined) {
    secret = SECRET_NAME.test(last)
    if (secretNames.size < MAX_KNOWN_NAMES) secretNames.set(name, secret)
  }
  return secret
}

/** The parameters of a request as the audit log keeps them: no signature, secrets redacted, long values cut. */
export function redactedParams(params: RawParams): string {
  const action = params.get('action') ?? ''
  const kept: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, value] of params.pairs) {
    if (name === 'signature' || Object.hasOwn(kept, name)) continue
    kept[name] = isSecret(name, action) ? REDACTED : value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…[cut]` : value
  }
  return JSON.stringify(kept)
}

/** How often events waiting in memory are written (into the indexed tables), and how many make a write at once. */
export const AUDIT_FLUSH_MS = 200
export const AUDIT_BATCH = 200
/**
 * How often the outbox is moved into the indexed tables, and how many events waiting there make a
 * move at once. Larger than a write's, as the fewer pages of the indexes a move writes per event
 * the more it moves at once; what waits in the outbox is already durable, and DescribeAuditEvents
 * moves it first. A move takes AUDIT_MOVE_CHUNK events per transaction and lets requests run
 * between: on SQLite each transaction blocks the process.
 */
export const AUDIT_MOVE_MS = 1000
export const AUDIT_MOVE_BATCH = 1000
export const AUDIT_MOVE_CHUNK = 250
/** Events kept while the store refuses them; beyond, the oldest are dropped (and said so). */
const MAX_PENDING = 20_000

/**
 * Writes audit events behind the answers that made them (docs/operator.md#audit-log). Reads and
 * refusals, whose answers must not wait for a write, are buffered in memory and written into the
 * indexed tables every AUDIT_FLUSH_MS, or at once when AUDIT_BATCH are waiting. A change's event
 * commits with the change into the outbox (`writeNow`), which costs the change's commit one page
 * where the indexed tables cost several (migration 050). The outbox is moved into the indexed
 * tables every AUDIT_MOVE_MS or AUDIT_MOVE_BATCH events, before a DescribeAuditEvents and on a
 * clean stop (`flush`).
 */
export class AuditLog {
  private pending: AuditDraft[] = []
  /** Events this process put in the outbox since it was last moved. */
  private outboxed = 0
  private writeTimer: NodeJS.Timeout | undefined
  private moveTimer: NodeJS.Timeout | undefined
  /** Writes and moves run one at a time, in order. */
  private queue: Promise<void> = Promise.resolve()
  private dropped = 0

  constructor(private readonly o: { database: Database; logger: Logger }) {}

  /** Queues one finished event; it is built and in the store within AUDIT_FLUSH_MS. */
  push(event: AuditDraft): void {
    this.pending.push(event)
    if (this.pending.length >= AUDIT_BATCH) void this.run({ move: false })
    else this.writeTimer ??= setTimeout(() => void this.run({ move: false }), AUDIT_FLUSH_MS).unref()
  }

  /** In the same transaction as a change: the change and its event commit together. */
  async writeNow(tx: Tx, event: AuditDraft): Promise<void> {
    await appendAuditOutbox(tx, rowOf(event))
    tx.onCommit(() => this.outboxGrew(1))
  }

  /**
   * Writes what waits in memory and moves the outbox (every process's: what any change has
   * committed is then in the indexed tables); resolves once that, and all before it, is done.
   */
  flush(): Promise<void> {
    return this.run({ move: true })
  }

  /** A clean stop: nothing waiting is lost. */
  stop(): Promise<void> {
    return this.flush()
  }

  private outboxGrew(count: number): void {
    this.outboxed += count
    if (this.outboxed >= AUDIT_MOVE_BATCH) void this.run({ move: true })
    else this.moveTimer ??= setTimeout(() => void this.run({ move: true }), AUDIT_MOVE_MS).unref()
  }

  private run(o: { move: boolean }): Promise<void> {
    clearTimeout(this.writeTimer)
    this.writeTimer = undefined
    if (o.move) {
      clearTimeout(this.moveTimer)
      this.moveTimer = undefined
    }
    this.queue = this.queue.then(() => this.write(o.move))
    return this.queue
  }

  private async write(move: boolean): Promise<void> {
    const batch = this.pending
    this.pending = []
    try {
      if (batch.length > 0) await this.o.database.transaction((tx) => insertAuditEvents(tx, batch.map(rowOf)))
    } catch (error) {
      // The store is down or busy: keep the events for the next try, within a bound (what is
      // in the outbox stays there).
      this.pending = [...batch, ...this.pending]
      const over = this.pending.length - MAX_PENDING
      if (over > 0) {
        this.pending.splice(0, over)
        this.dropped += over
      }
      this.retryLater(error, move)
      return
    }
    if (!move) return
    this.outboxed = 0
    try {
      if (!(await auditOutboxWaiting(this.o.database.db))) return
      while (await this.o.database.transaction((tx) => moveAuditOutbox(tx, AUDIT_MOVE_CHUNK))) {
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch (error) {
      // What is not moved stays in the outbox, durable, for the next move.
      this.retryLater(error, true)
    }
  }

  private retryLater(error: unknown, move: boolean): void {
    this.o.logger.warn({ err: error, pending: this.pending.length, dropped: this.dropped }, 'audit events not written yet')
    const retry = () => void this.run({ move })
    if (move) this.moveTimer ??= setTimeout(retry, AUDIT_MOVE_MS * 5).unref()
    else this.writeTimer ??= setTimeout(retry, AUDIT_FLUSH_MS * 5).unref()
  }
}

/**
 * An event as the stages fill it in; `finishEvent` completes it when the answer is known. What costs
 * (the parameters redacted and in JSON, the ids named) is only worked out when the row is written.
 */
export interface AuditDraft {
  row: AuditEventRow
  started: number
  /** The decoded parameters, redacted when the row is written. */
  params: RawParams | undefined
  /** The validated request, whose named ids are found when the row is written. */
  shape: ParamShape | undefined
  values: Record<string, unknown> | undefined
  /** The answer of a change, whose created ids are added. */
  body: Record<string, unknown> | undefined
  /** Its row committed with the change it records. */
  written: boolean
}

export function startEvent(raw: RawRequest, now: number): AuditDraft {
  return {
    started: performance.now(),
    params: undefined,
    shape: undefined,
    values: undefined,
    body: undefined,
    written: false,
    row: {
      request_id: raw.requestId,
      event_time: new Date(now).toISOString(),
      endpoint: raw.endpoint,
      user_id: null,
      access_key_id: null,
      action: null,
      zone_id: null,
      project_id: null,
      resource_ids: '[]',
      ret_code: 0,
      message: '',
      duration_ms: 0,
      client_ip: raw.clientAddress ?? '',
      user_agent: raw.userAgent === undefined ? '' : raw.userAgent.length > 512 ? raw.userAgent.slice(0, 512) : raw.userAgent,
      fault_rule_id: null,
      params: '{}',
    },
  }
}

const claimed = (params: RawParams, name: string) => params.get(name)?.slice(0, 128) || null

/** What decode learned: the parameters, and the names the request claims (action, key, zone, project). */
export function noteParams(draft: AuditDraft, params: RawParams): void {
  const row = draft.row
  draft.params = params
  row.action = claimed(params, 'action')
  row.access_key_id = claimed(params, 'access_key_id')
  row.zone_id = claimed(params, 'zone')
  row.project_id = claimed(params, 'project_id')
}

/** What validate learned: the ids the request names are those of `values` under `shape`. */
export function noteValues(draft: AuditDraft, shape: ParamShape, values: Record<string, unknown>): void {
  draft.shape = shape
  draft.values = values
}

/** Completes the draft in place: outcome and duration (and, for a change, its answer's ids). */
export function finishEvent(draft: AuditDraft, outcome: { ret_code: number; message: string; body?: Record<string, unknown> }): AuditDraft {
  draft.row.ret_code = outcome.ret_code
  draft.row.message = outcome.message
  draft.row.duration_ms = Math.round(performance.now() - draft.started)
  if (outcome.body) draft.body = outcome.body
  return draft
}

/** The row as written: parameters redacted, the ids named or (from a change's answer) created. */
export function rowOf(draft: AuditDraft): AuditEventRow {
  const row = draft.row
  if (draft.params) row.params = redactedParams(draft.params)
  const ids = draft.shape && draft.values ? [...namedIds(draft.shape, draft.values).keys()] : []
  if (draft.body) for (const id of idsIn(draft.body)) if (!ids.includes(id)) ids.push(id)
  row.resource_ids = ids.length === 0 ? '[]' : JSON.stringify(ids)
  return row
}

/** Resource ids a change answers (`instances`, `security_group_id`, `job_id`): top-level strings and lists of strings. */
function idsIn(body: Record<string, unknown>): string[] {
  const found: string[] = []
  const take = (value: unknown) => {
    if (typeof value === 'string' && resourceTypeOfId(value) !== undefined) found.push(value)
  }
  for (const value of Object.values(body)) {
    if (Array.isArray(value)) value.forEach(take)
    else take(value)
  }
  return found
}
