import { actions, type ActionName } from '../../protocol/actions/index.js'
import { handlers } from '../actions/index.js'
import type { Caller, Handler, HandlerContext } from '../actions/types.js'
import type { Config } from '../config.js'
import type { Database, Tx } from '../db/database.js'
import type { Clock } from '../domain/clock.js'
import type { OperatorState } from '../services/world-clock.js'
import { enqueueJob } from '../jobs/queue.js'
import { authorize } from './authorize.js'
import { explainPermission } from './explain.js'
import { addProjectInfo } from './project-info.js'

export interface ExecuteDeps {
  database: Database
  config: Config
  /** Wakes the local job worker after a commit that enqueued a job. */
  nudgeWorker: () => void
  baseClock: Clock
  operator: OperatorState
}

/**
 * Runs authorize and the handler in one transaction (house rule 6): BEGIN, authorize, handler, job
 * rows, COMMIT; the
 * worker is nudged only after the commit. Sync Describe* actions run read-only, unless they create
 * lazy defaults.
 */
export async function execute(
  deps: ExecuteDeps,
  input: {
    action: ActionName
    values: Record<string, unknown>
    caller: Caller
    zone: string
    now: number
    requestId: string
    /** Set by a fault rule: the job this request enqueues ends `failed` with this code. */
    failJobCode?: string | undefined
    /** `project_id` of an action that does not declare one itself (docs/compat.md#project-id-on-iaas). */
    projectId?: string | undefined
    /** Writes a change's audit event in its transaction, given the answer (reads are recorded behind instead). */
    audit?: ((tx: Tx, body: Record<string, unknown>) => Promise<void>) | undefined
  },
): Promise<Record<string, unknown>> {
  const descriptor = actions[input.action]
  const handler = handlers[input.action] as unknown as Handler<ActionName>
  const readOnly = descriptor.mode === 'sync' && descriptor.permission.operation === 'describe' && !descriptor.writesDefaults
  return deps.database.transaction(
    async (tx) => {
      const { scope, createIn } = await authorize(descriptor, input.values, input.caller, tx.db, input.projectId)
      const ctx: HandlerContext = {
        tx,
        caller: input.caller,
        scope,
        createIn: createIn && { ...createIn, caller: input.caller.user_id },
        zone: input.zone,
        now: input.now,
        config: deps.config,
        requestId: input.requestId,
        operator: {
          baseNow: () => deps.baseClock.now(),
          offsetMs: () => deps.operator.clock.offsetMs,
          clockMoved: (offsetMs) => deps.operator.clockMoved(offsetMs),
          faultRuleAdded: (rule) => deps.operator.faultRuleAdded(rule),
          faultRulesDeleted: (ids) => deps.operator.faultRulesDeleted(ids),
          explain: (request) => explainPermission(tx.db, deps.config.zones, request),
        },
        enqueueJob: (job) =>
          enqueueJob(
            tx,
            {
              job_action: input.action,
              zone_id: input.zone,
              owner: input.caller.user_id,
              resource_ids: job.resource_ids,
              directive: job.directive,
              now: input.now,
              fault_ret_code: input.failJobCode,
            },
            deps.nudgeWorker,
          ),
      }
      const body = (await handler(input.values as never, ctx)) as Record<string, unknown>
      await addProjectInfo(descriptor, body, tx.db)
      if (!readOnly && input.audit) await input.audit(tx, body)
      return body
    },
    { readOnly },
  )
}
