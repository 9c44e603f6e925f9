import type { Logger } from 'pino'
import type { RawParams } from '../../protocol/codec.js'
import { resourceTypeOfId } from '../../protocol/resources.js'
import type { Database, Tx } from '../db/database.js'
import { insertAuditEvent, insertAuditEvents, type AuditEventRow } from '../db/stores/audit-events.js'
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

/** The parameters of a request as the audit log keeps them: no signature, secrets redacted, long values cut. */
export function redactedParams(params: RawParams): string {
  const action = params.get('action') ?? ''
  const kept: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, value] of params.pairs) {
    if (name === 'signature' || Object.hasOwn(kept, name)) continue
    const last = name.slice(name.lastIndexOf('.') + 1)
    const secret = SECRET_NAME.test(last) || (last === 'val2' && PASSWORD_VAL2.test(action))
    kept[name] = secret ? REDACTED : value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…[cut]` : value
  }
  return JSON.stringify(kept)
}

/** How often events written behind are flushed, and how many make a flush at once. */
export const AUDIT_FLUSH_MS = 200
export const AUDIT_BATCH = 200
/** Events kept while the store refuses them; beyond, the oldest are dropped (and said so). */
const MAX_PENDING = 20_000

/**
 * Writes audit events behind the answers that made them: reads and refusals, whose answers must
 * not wait for a write. Events are buffered in memory and written in one transaction every
 * AUDIT_FLUSH_MS, or at once when AUDIT_BATCH are waiting, and on a clean stop. Changes do not
 * come here: their event commits in their own transaction (pipeline/execute.ts).
 */
export class AuditLog {
  private pending: AuditEventRow[] = []
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()
  private dropped = 0

  constructor(private readonly o: { database: Database; logger: Logger }) {}

  /** Queues one event; it is in the store within AUDIT_FLUSH_MS. */
  push(event: AuditEventRow): void {
    this.pending.push(event)
    if (this.pending.length >= AUDIT_BATCH) void this.flush()
    else this.timer ??= setTimeout(() => void this.flush(), AUDIT_FLUSH_MS).unref()
  }

  /** In the same transaction as a change: the change and its event commit together. */
  async writeNow(tx: Tx, event: AuditEventRow): Promise<void> {
    await insertAuditEvent(tx, event)
  }

  /** Writes what is waiting; resolves once it (and any flush before it) is in the store. */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    this.flushing = this.flushing.then(() => this.writePending())
    return this.flushing
  }

  /** A clean stop: nothing waiting is lost. */
  stop(): Promise<void> {
    return this.flush()
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    try {
      await this.o.database.transaction((tx) => insertAuditEvents(tx, batch))
    } catch (error) {
      // The store is down or busy: keep the events for the next flush, within a bound.
      this.pending = [...batch, ...this.pending]
      const over = this.pending.length - MAX_PENDING
      if (over > 0) {
        this.pending.splice(0, over)
        this.dropped += over
      }
      this.o.logger.warn({ err: error, pending: this.pending.length, dropped: this.dropped }, 'audit events not written yet')
      this.timer ??= setTimeout(() => void this.flush(), AUDIT_FLUSH_MS * 5).unref()
    }
  }
}

/** An event as the stages fill it in; `finish` completes it when the answer is known. */
export interface AuditDraft {
  row: AuditEventRow
  started: number
  /** Ids the request named; those it created are added from the answer. */
  named: Set<string>
  /** Its row committed with the change it records. */
  written: boolean
}

export function startEvent(raw: RawRequest, now: number): AuditDraft {
  return {
    started: performance.now(),
    named: new Set(),
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
      user_agent: (raw.userAgent ?? '').slice(0, 512),
      fault_rule_id: null,
      params: '{}',
    },
  }
}

/** What decode learned: the parameters, and the names the request claims (action, key, zone, project). */
export function noteParams(draft: AuditDraft, params: RawParams): void {
  const claimed = (name: string) => params.get(name)?.slice(0, 128) || null
  Object.assign(draft.row, {
    action: claimed('action'),
    access_key_id: claimed('access_key_id'),
    zone_id: claimed('zone'),
    project_id: claimed('project_id'),
    params: redactedParams(params),
  })
}

/** The completed row: outcome, duration, and the ids named or (from a change's answer) created. */
export function finishEvent(
  draft: AuditDraft,
  outcome: { ret_code: number; message: string; body?: Record<string, unknown> },
): AuditEventRow {
  const ids = new Set(draft.named)
  if (outcome.body) for (const id of idsIn(outcome.body)) ids.add(id)
  return {
    ...draft.row,
    ret_code: outcome.ret_code,
    message: outcome.message,
    resource_ids: JSON.stringify([...ids]),
    duration_ms: Math.round(performance.now() - draft.started),
  }
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
