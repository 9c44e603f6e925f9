import { isoAt } from '../domain/clock.js'
import { newId } from '../domain/ids.js'
import type { Tx } from '../db/database.js'
import { insertJob } from '../db/stores/jobs.js'
import type { JobKind } from './kind.js'
import type { AsyncActionName, jobKinds } from './kinds/index.js'

export interface EnqueueInput {
  job_action: string
  zone_id: string
  owner: string
  resource_ids: readonly string[]
  /** What the job's steps need (`Directive<A>` for its action); stored as JSON text. */
  directive: unknown
  now: number
  /** docs/operator.md#fault-injection: the job ends `failed` with this code after its normal time. */
  fault_ret_code?: string | undefined
}

/** What action `A`'s handler hands its job: what its kind's `directive` schema parses (sync actions: none). */
export type Directive<A extends string> = A extends AsyncActionName ? ((typeof jobKinds)[A] extends JobKind<infer D> ? D : never) : never

/**
 * Inserts the job row in the caller's transaction (house rule 7): the job exists exactly when the
 * action's other writes do. `nudge` runs after commit, so a worker picks the job up at once.
 */
export async function enqueueJob(tx: Tx, input: EnqueueInput, nudge: () => void): Promise<string> {
  const job_id = newId('j-')
  const at = isoAt(input.now)
  await insertJob(tx, {
    job_id,
    job_action: input.job_action,
    zone_id: input.zone_id,
    owner: input.owner,
    status: 'pending',
    resource_ids: input.resource_ids.join(' '),
    error_codes: '',
    directive: JSON.stringify(input.directive ?? null),
    create_time: at,
    status_time: at,
    step: 0,
    run_at: at,
    lease_owner: null,
    lease_until: null,
    attempts: 0,
    fault_ret_code: input.fault_ret_code ?? null,
  })
  tx.onCommit(nudge)
  return job_id
}
