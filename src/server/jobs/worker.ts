import { randomBytes } from 'node:crypto'
import type { Logger } from 'pino'
import { z } from 'zod'
import { ApiError } from '../../protocol/errors.js'
import type { Timing } from '../config.js'
import { isoAt, type Clock } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { deleteAuditEventsBefore } from '../db/stores/audit-events.js'
import { advanceJob, claimDueJobs, nextDueTime, releaseJob, type JobRow } from '../db/stores/jobs.js'
import { forgetRemovedBefore } from '../db/stores/resources.js'
import { stepDelay, type JobKind, type JobStepContext } from './kind.js'
import { evaluateAlarms } from './alarms.js'
import { emptyRecycleBin } from './recycle-bin.js'
import { WebhookSender } from './webhooks.js'

export interface WorkerOptions {
  database: Database
  clock: Clock
  timing: Timing
  leaseMs: number
  logger: Logger
  kinds: Readonly<Record<string, JobKind>>
  /** Terminated instances and deleted volumes, images and snapshots cease after this long (0: never). */
  recycleWindowMs: number
  /** Audit events older than this are removed by the sweep (QINGSTACK_AUDIT_DAYS; 0: kept forever). */
  auditRetentionMs?: number
  /** Longest sleep between looks for due jobs (other processes may enqueue). */
  pollMs?: number
  /** Hosts alarm webhooks may reach (docs/compat.md#alarm-notifications); default none. */
  webhookHosts?: readonly string[]
}

/** A step that crashed (not an ApiError) is retried this many times before the job fails. */
const MAX_ATTEMPTS = 5
const BATCH = 64
/** How often the background loop empties the recycle bin: ceasing is due to the minute, not the second. */
const SWEEP_EVERY_MS = 60_000
/** How often the loop evaluates alarms: the shortest alarm period is a minute. */
const ALARM_PASS_EVERY_MS = 20_000

class LeaseLost extends Error {}

/** The row's directive, as its kind's schema reads it, or what is wrong with it. */
function parseDirective(kind: JobKind, text: string): { success: true; directive: unknown } | { success: false; problem: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { success: false, problem: 'not JSON text' }
  }
  const parsed = kind.directive.safeParse(json)
  return parsed.success ? { success: true, directive: parsed.data } : { success: false, problem: z.prettifyError(parsed.error) }
}

/**
 * Runs job steps from the database (house rule 7). One per server process; with PostgreSQL several
 * processes share the table and each step still runs exactly once.
 */
export class JobWorker {
  readonly id = `w-${process.pid}-${randomBytes(4).toString('hex')}`
  private readonly o: WorkerOptions
  private running = false
  private loopDone: Promise<void> | undefined
  private wake: (() => void) | undefined
  private nudged = false
  /** Set while the store is unreachable: the pause and the resume are logged once each. */
  private paused = false
  /** The first sweep comes a minute after start, not on the start-up path (its scans are unindexed). */
  private lastSweep: number
  private lastAlarmPass: number
  readonly webhooks: WebhookSender

  constructor(options: WorkerOptions) {
    this.o = options
    this.lastSweep = options.clock.now()
    this.lastAlarmPass = options.clock.now()
    this.webhooks = new WebhookSender(options.webhookHosts ?? [], options.logger)
  }

  /** Starts the background loop. Tests skip this and call `runDue` on a fake clock instead. */
  start(): void {
    if (this.running) return
    this.running = true
    this.loopDone = this.loop()
  }

  async stop(): Promise<void> {
    this.running = false
    this.wake?.()
    await this.loopDone
    await this.webhooks.settled()
  }

  /** Called after a commit that enqueued or advanced work: look again without waiting. */
  nudge(): void {
    this.nudged = true
    this.wake?.()
  }

  /** Claims and runs every step that is due now; returns how many it ran. */
  async runDue(): Promise<number> {
    const now = this.o.clock.now()
    const jobs = await claimDueJobs(this.o.database.db, {
      worker: this.id,
      now: isoAt(now),
      leaseUntil: isoAt(now + this.o.leaseMs),
      limit: BATCH,
      postgres: this.o.database.dialect === 'postgres',
    })
    for (const job of jobs) await this.runStep(job)
    return jobs.length
  }

  /** Ceases what stayed in the recycle bin past the window; returns how many resources ceased. */
  async sweepRecycleBin(): Promise<number> {
    if (this.o.recycleWindowMs === 0) return 0
    const ceased = await emptyRecycleBin(this.o.database, this.o.clock.now(), this.o.recycleWindowMs)
    const count = Object.values(ceased).flat().length
    if (count > 0) this.o.logger.info({ ...ceased, worker: this.id }, 'recycle bin emptied')
    return count
  }

  /**
   * Forgets deletions older than the recycle-bin window (docs/compat.md#describe-removed-ids): their
   * ids then read as never existed, as ceased resources leave the default listing. Returns how many.
   */
  async sweepRemovedResources(): Promise<number> {
    if (this.o.recycleWindowMs === 0) return 0
    const cutoff = isoAt(this.o.clock.now() - this.o.recycleWindowMs)
    const forgotten = await this.o.database.transaction((tx) => forgetRemovedBefore(tx, cutoff))
    if (forgotten > 0) this.o.logger.info({ forgotten, cutoff, worker: this.id }, 'old deletions forgotten')
    return forgotten
  }

  /** Removes audit events past the retention (docs/operator.md#audit-log); returns how many. */
  async sweepAuditLog(): Promise<number> {
    const keepMs = this.o.auditRetentionMs ?? 0
    if (keepMs === 0) return 0
    const before = isoAt(this.o.clock.now() - keepMs)
    const removed = await this.o.database.transaction((tx) => deleteAuditEventsBefore(tx, before))
    if (removed > 0) this.o.logger.info({ removed, before, worker: this.id }, 'old audit events removed')
    return removed
  }

  /**
   * Evaluates the alarms of applied policies up to now, every period the clock passed
   * (docs/compat.md#alarm-evaluation); returns how many periods were evaluated. Tests call it after
   * moving the clock; the loop calls it every 20 seconds.
   */
  async evaluateAlarms(): Promise<number> {
    return evaluateAlarms(this.o.database, this.o.clock.now(), this.webhooks)
  }

  /** When the next unfinished job is due (ms), if any. */
  async nextDue(): Promise<number | undefined> {
    const next = await nextDueTime(this.o.database.db)
    return next === undefined ? undefined : Date.parse(next)
  }

  private async loop(): Promise<void> {
    const pollMs = this.o.pollMs ?? 1000
    while (this.running) {
      this.nudged = false
      let ran = 0
      let wait = pollMs
      try {
        if (this.o.clock.now() - this.lastSweep >= SWEEP_EVERY_MS) {
          this.lastSweep = this.o.clock.now()
          await this.sweepRecycleBin()
          await this.sweepRemovedResources()
          await this.sweepAuditLog()
        }
        if (this.o.clock.now() - this.lastAlarmPass >= ALARM_PASS_EVERY_MS) {
          this.lastAlarmPass = this.o.clock.now()
          await this.evaluateAlarms()
        }
        ran = await this.runDue()
        if (ran === 0) {
          const next = await this.nextDue()
          const now = this.o.clock.now()
          // A due job we could not claim is leased elsewhere: look again soon, not at once.
          if (next !== undefined) wait = next > now ? Math.min(next - now, pollMs) : Math.min(100, pollMs)
        }
        this.resumeIfPaused()
      } catch (error) {
        if (this.o.database.failedStore(error)) {
          // Nothing to do until the store answers again; the steps claimed meanwhile go back when
          // their lease runs out, and each still runs once (its step and its advance commit together).
          this.pauseOnce(error)
        } else {
          this.o.logger.error({ err: error, worker: this.id }, 'job worker pass failed')
        }
      }
      if (ran > 0 || this.nudged) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait)
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      this.wake = undefined
    }
  }

  private pauseOnce(error: unknown): void {
    if (this.paused) return
    this.paused = true
    this.o.logger.warn({ worker: this.id, cause: String(error) }, 'job worker paused: the store is unavailable')
  }

  private resumeIfPaused(): void {
    if (!this.paused) return
    this.paused = false
    this.o.database.noteSuccess()
    this.o.logger.warn({ worker: this.id }, 'job worker resumed')
  }

  private async runStep(job: JobRow): Promise<void> {
    const kind = Object.hasOwn(this.o.kinds, job.job_action) ? this.o.kinds[job.job_action] : undefined
    const now = this.o.clock.now()
    const parsed = kind && parseDirective(kind, job.directive)
    if (parsed && !parsed.success) {
      // Retrying cannot mend a row: the job fails at once, without the kind's `fail` (it would read the same row).
      this.o.logger.error(
        { job_id: job.job_id, job_action: job.job_action, worker: this.id, problem: parsed.problem },
        'job directive is malformed',
      )
      return this.failJob(job, undefined, undefined, '5000')
    }
    const directive = parsed?.directive
    // A fault rule's job fails when its last step falls due, as if that step had failed (docs/compat.md#injected-job-failures).
    if (kind && job.fault_ret_code && job.step >= kind.steps.length) return this.failJob(job, kind, directive, job.fault_ret_code)
    try {
      if (!kind) throw new Error(`no job kind for ${job.job_action}`)
      await this.o.database.transaction(async (tx) => {
        const index = job.step - 1
        const last = index === kind.steps.length - 1
        const nextDelay = last ? 0 : stepDelay(this.o.timing, kind.steps[index + 1]!.realisticMs)
        const next = {
          status: last ? ('successful' as const) : ('working' as const),
          status_time: job.step === 0 || last ? isoAt(now) : job.status_time,
          run_at: isoAt(now + nextDelay),
          error_codes: '',
        }
        const advanced = await advanceJob(tx, job, this.id, next, isoAt(now))
        if (!advanced) throw new LeaseLost()
        if (index >= 0) await kind.steps[index]!.run({ tx, job, directive, now })
        tx.onCommit(() => this.nudge())
      })
    } catch (error) {
      if (error instanceof LeaseLost) return
      // The store failed, not the step: no attempt is spent and the job does not fail; the loop pauses.
      if (this.o.database.failedStore(error)) throw error
      if (error instanceof ApiError) return this.failJob(job, kind, directive, String(error.ret_code))
      this.o.logger.error({ err: error, job_id: job.job_id, step: job.step, worker: this.id }, 'job step crashed')
      if (job.attempts + 1 >= MAX_ATTEMPTS) return this.failJob(job, kind, directive, '5000')
      const backoff = 200 * 2 ** job.attempts
      await releaseJob(this.o.database.db, job, this.id, isoAt(now + backoff))
    }
  }

  private async failJob(job: JobRow, kind: JobKind<unknown> | undefined, directive: unknown, code: string): Promise<void> {
    const now = this.o.clock.now()
    await this.o.database.transaction(async (tx) => {
      const failed = { status: 'failed' as const, status_time: isoAt(now), run_at: isoAt(now), error_codes: code }
      const advanced = await advanceJob(tx, job, this.id, failed, isoAt(now))
      if (!advanced) return
      const ctx: JobStepContext<unknown> = { tx, job, directive, now }
      await kind?.fail?.(ctx)
    })
  }
}
