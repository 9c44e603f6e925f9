import type { JobStatus } from '../../../protocol/records/job.js'

/**
 * A durable unit of asynchronous work (house rule 7). Workers claim due rows with a lease and run
 * one step per transaction; `step` makes each step happen exactly once.
 */
export interface JobsTable {
  job_id: string
  job_action: string
  zone_id: string
  owner: string
  status: JobStatus
  /** Space-separated (docs/compat.md#job-statuses). */
  resource_ids: string
  error_codes: string
  /** JSON text: what the job's kind needs to finish the work. */
  directive: string
  create_time: string
  status_time: string
  /** Index of the next step to run; 0 = not started. */
  step: number
  /** When the next step is due; ISO time with milliseconds, so text order is time order. */
  run_at: string
  lease_owner: string | null
  lease_until: string | null
  attempts: number
  /** Set by a fault rule: the job ends `failed` with this code when its last step falls due. */
  fault_ret_code?: string | null
}
