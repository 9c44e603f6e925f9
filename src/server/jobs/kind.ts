import type { Timing } from '../config.js'
import type { Tx } from '../db/database.js'
import type { JobRow } from '../db/stores/jobs.js'

export interface JobStepContext<D> {
  tx: Tx
  job: JobRow
  directive: D
  /** The worker's clock, milliseconds. */
  now: number
}

/**
 * What an asynchronous action does after it answered. The job turns `working` when a worker first
 * claims it; each step then runs once its delay has passed, in its own transaction, and the last
 * step's transaction also marks the job `successful`, so a client never sees a successful job next
 * to a resource that is still in transition (docs/compat.md#job-statuses).
 */
export interface JobKind<D = unknown> {
  steps: ReadonlyArray<{
    /** How long this step takes on QingCloud, in realistic timing; instant timing uses 0. */
    realisticMs: number
    run(ctx: JobStepContext<D>): Promise<void>
  }>
  /** Settles the resources when the job fails (an ApiError from a step, or repeated crashes). */
  fail?(ctx: JobStepContext<D>): Promise<void>
}

export function stepDelay(timing: Timing, realisticMs: number): number {
  return timing === 'instant' ? 0 : realisticMs
}
