/**
 * An append-only log of every job step a worker committed: which process ran it and when. Operators
 * read it to follow a job across processes; the scale-out tests read it to prove each step ran once.
 */
export interface JobStepsTable {
  job_id: string
  step: number
  worker: string
  run_time: string
}
