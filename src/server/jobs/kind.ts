import { z } from 'zod'
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
  /**
   * What the action's handler hands its job (`enqueueJob` takes this type for that action), stored
   * as JSON and parsed with this schema before each step: a row that does not match fails the job.
   * Plain data only: what the handler passes is what the steps read.
   */
  directive: z.ZodType<D, D>
  steps: ReadonlyArray<{
    /** How long this step takes on QingCloud, in realistic timing; instant timing uses 0. */
    realisticMs: number
    run(ctx: JobStepContext<D>): Promise<void>
  }>
  /** Settles the resources when the job fails (an ApiError from a step, or repeated crashes). */
  fail?(ctx: JobStepContext<D>): Promise<void>
}

/** A job kind whose directive type is read off its schema. */
export function defineJobKind<D>(kind: JobKind<D>): JobKind<D> {
  return kind
}

/** Resource ids, the most common directive field. */
export const ids = z.array(z.string())

export function stepDelay(timing: Timing, realisticMs: number): number {
  return timing === 'instant' ? 0 : realisticMs
}
