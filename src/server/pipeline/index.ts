import type { Logger } from 'pino'
import { actions } from '../../protocol/actions/index.js'
import type { ParamShape } from '../../protocol/params.js'
import type { Config } from '../config.js'
import type { Clock } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import type { OperatorState } from '../services/world-clock.js'
import { finishEvent, noteParams, noteValues, startEvent, type AuditDraft, type AuditLog } from './audit.js'
import { authenticate } from './authenticate.js'
import { decode } from './decode.js'
import { answeredError, renderError } from './errors-to-wire.js'
import { execute } from './execute.js'
import { injectFault } from './faults.js'
import { DropConnection, InjectedFault } from '../services/faults.js'
import type { Metrics } from './metrics.js'
import type { RawRequest } from './request.js'
import { renderSuccess } from './render.js'
import { resolve } from './resolve.js'
import { validate } from './validate.js'

export interface PipelineDeps {
  database: Database
  /** The simulated world's clock (base + the operator's offset): record times and jobs. */
  clock: Clock
  /** The wall clock (or a test's fake), which signature windows check (docs/operator.md#the-clock). */
  baseClock: Clock
  /** The clock's offset and the fault rules, cached from the store. */
  operator: OperatorState
  config: Config
  logger: Logger
  nudgeWorker: () => void
  /** The audit log; undefined when it is switched off (QINGSTACK_AUDIT=0). */
  audit?: AuditLog | undefined
  /** Request metrics; undefined unless QINGSTACK_METRICS=1. */
  metrics?: Metrics | undefined
  /** Tests: check every success body against its descriptor's response schema. */
  validateResponses?: boolean
}

/**
 * decode → authenticate → resolve → validate → execute → render; any error → errors-to-wire.
 * Always returns a JSON text: the HTTP shell answers it with status 200. Every request becomes
 * an audit event (docs/operator.md#audit-log): a change's in its own transaction, any other written
 * behind.
 */
export async function handleRequest(deps: PipelineDeps, raw: RawRequest): Promise<string> {
  const now = deps.clock.now()
  const started = performance.now()
  const { audit, metrics } = deps
  const draft = audit && startEvent(raw, now)
  let wireAction: string | undefined
  let action: string | undefined
  try {
    const decoded = decode(raw)
    const { params } = decoded
    if (draft) noteParams(draft, params)
    const caller = await authenticate(decoded, {
      db: deps.database.db,
      now: deps.baseClock.now(),
      timeWindowS: deps.config.timeWindowS,
    })
    if (draft) {
      draft.row.user_id = caller.user_id
      draft.row.access_key_id = caller.access_key_id
    }
    const resolved = resolve(params, raw.endpoint)
    wireAction = resolved.wireAction
    action = resolved.action
    const descriptor = actions[resolved.action]
    const { zone, values } = validate(descriptor, params, deps.config.zones)
    if (draft) {
      draft.row.action = resolved.action
      draft.row.zone_id = zone || null
      noteValues(draft, descriptor.params as ParamShape, values)
    }
    // Reading the audit log in this process reads what it has just answered.
    if (audit && descriptor === actions.DescribeAuditEvents) await audit.flush()
    const fault = await injectFault(deps, { descriptor, caller, zone, values })
    if (draft && fault) draft.row.fault_rule_id = fault.fault_rule_id
    const body = await execute(deps, {
      action: resolved.action,
      values,
      caller,
      zone,
      now,
      requestId: raw.requestId,
      failJobCode: fault?.failJobCode,
      // Any action may name a project (docs/compat.md#project-id-on-iaas); the Project service's own declare it.
      projectId: 'project_id' in descriptor.params ? undefined : params.get('project_id')?.trim() || undefined,
      ...(draft && { audit: (tx, answer) => recordChange(audit!, draft, tx, answer) }),
    })
    if (deps.validateResponses) {
      const checked = descriptor.responseSchema().safeParse(body)
      if (!checked.success) throw new Error(`${resolved.action} response does not match its descriptor: ${checked.error.message}`)
    }
    if (draft && !draft.written) audit!.push(finishEvent(draft, { ret_code: 0, message: '' }))
    metrics?.observe({ endpoint: raw.endpoint, action, ret_code: 0, seconds: (performance.now() - started) / 1000, storeError: false })
    return renderSuccess(wireAction, body)
  } catch (error) {
    // A dropped connection has no answer: the HTTP shell closes the socket. Its event says so, with ret_code -1.
    if (error instanceof DropConnection) {
      if (draft && !draft.written) {
        draft.row.fault_rule_id = error.fault_rule_id
        audit!.push(finishEvent(draft, { ret_code: -1, message: error.message }))
      }
      throw error
    }
    if (draft && error instanceof InjectedFault) draft.row.fault_rule_id = error.fault_rule_id
    // Reads outside a transaction (the signing key) meet an outage as raw driver errors.
    const storeError = deps.database.storeError(error)
    const answered = storeError ?? error
    if (draft || metrics) {
      const { ret_code, message } = answeredError(answered, raw.requestId)
      if (draft && !draft.written) audit!.push(finishEvent(draft, { ret_code, message }))
      const seconds = (performance.now() - started) / 1000
      metrics?.observe({ endpoint: raw.endpoint, action, ret_code, seconds, storeError: storeError !== undefined })
    }
    return renderError(answered, { wireAction, requestId: raw.requestId, logger: deps.logger })
  }
}

/** A change's event, written in its transaction: both commit, or neither. */
async function recordChange(
  audit: AuditLog,
  draft: AuditDraft,
  tx: Parameters<AuditLog['writeNow']>[0],
  body: Record<string, unknown>,
): Promise<void> {
  await audit.writeNow(tx, finishEvent(draft, { ret_code: 0, message: '', body }))
  tx.onCommit(() => {
    draft.written = true
  })
}
