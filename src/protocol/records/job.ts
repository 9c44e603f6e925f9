import { z } from 'zod'

/** Only these four are ever emitted (docs/compat.md#job-statuses): Go's waiter treats anything else as "keep polling". */
export const jobStatuses = ['pending', 'working', 'successful', 'failed'] as const
export type JobStatus = (typeof jobStatuses)[number]

/** A job record of DescribeJobs (docs/api/job.md#describejobs). */
export const Job = z.object({
  job_id: z.string(),
  job_action: z.string(),
  create_time: z.string(),
  status_time: z.string(),
  /** IDs joined by single spaces, one JSON string (docs/compat.md#job-statuses). */
  resource_ids: z.string(),
  owner: z.string(),
  status: z.enum(jobStatuses),
  error_codes: z.string(),
  zone_id: z.string(),
})
export type Job = z.infer<typeof Job>
