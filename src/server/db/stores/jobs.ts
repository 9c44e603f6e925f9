import { sql, type SqlBool } from 'kysely'
import type { JobStatus } from '../../../protocol/records/job.js'
import type { Queryable, Tx } from '../database.js'
import type { JobsTable } from '../schema/jobs.js'
import { notPlanned, pageWithTotal } from './paging.js'

export type JobRow = JobsTable

const UNFINISHED: JobStatus[] = ['pending', 'working']

export async function insertJob(tx: Tx, row: JobRow): Promise<void> {
  await tx.db.insertInto('jobs').values(row).execute()
}

/**
 * Leases up to `limit` due jobs to `worker` in one statement. On PostgreSQL rows locked by another
 * worker's claim are skipped (SKIP LOCKED); on SQLite the statement runs alone anyway.
 */
export async function claimDueJobs(
  db: Queryable,
  input: { worker: string; now: string; leaseUntil: string; limit: number; postgres: boolean },
): Promise<JobRow[]> {
  let due = db
    .selectFrom('jobs')
    .select('job_id')
    .where('status', 'in', UNFINISHED)
    .where('run_at', '<=', input.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', input.now)]))
    .orderBy('run_at')
    .limit(notPlanned(input.limit))
  if (input.postgres) due = due.forUpdate().skipLocked()
  return db
    .updateTable('jobs')
    .set({ lease_owner: input.worker, lease_until: input.leaseUntil })
    .where('job_id', 'in', due)
    .returningAll()
    .execute()
}

/**
 * Moves a leased job to its next step. The update only matches while the job is still at `step` and
 * leased to `worker`, which is what makes every step run exactly once: a worker whose lease was
 * taken over, or a replayed step, matches nothing and its transaction is rolled back. Each step
 * that does run is logged in `job_steps`.
 */
export async function advanceJob(
  tx: Tx,
  job: Pick<JobRow, 'job_id' | 'step'>,
  worker: string,
  next: Pick<JobRow, 'status' | 'status_time' | 'run_at' | 'error_codes'>,
  at: string,
): Promise<boolean> {
  const updated = await tx.db
    .updateTable('jobs')
    .set({ ...next, step: job.step + 1, lease_owner: null, lease_until: null })
    .where('job_id', '=', job.job_id)
    .where('step', '=', job.step)
    .where('lease_owner', '=', worker)
    .returning('job_id')
    .executeTakeFirst()
  if (updated === undefined) return false
  await tx.db.insertInto('job_steps').values({ job_id: job.job_id, step: job.step, worker, run_time: at }).execute()
  return true
}

/** Gives a job back after a failed attempt, to be retried at `runAt`. */
export async function releaseJob(
  db: Queryable,
  job: Pick<JobRow, 'job_id' | 'step' | 'attempts'>,
  worker: string,
  runAt: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ lease_owner: null, lease_until: null, run_at: runAt, attempts: job.attempts + 1 })
    .where('job_id', '=', job.job_id)
    .where('step', '=', job.step)
    .where('lease_owner', '=', worker)
    .execute()
}

/** The earliest time an unfinished job is due, to know how long a worker may sleep. */
export async function nextDueTime(db: Queryable): Promise<string | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('run_at'))
    .where('status', 'in', UNFINISHED)
    .executeTakeFirst()
  return row?.run_at ?? undefined
}

export interface JobFilter {
  owner: string
  /** A project's jobs instead of the owner's: those naming one of its items (of these types, if given). */
  project?: { project_id: string; itemTypes?: readonly string[] | undefined; ownerFilter?: string | undefined } | undefined
  zone_id: string
  job_ids?: string[] | undefined
  statuses?: string[] | undefined
  job_action?: string | undefined
}

function filtered(q: Queryable, f: JobFilter) {
  let query = q.selectFrom('jobs').where('zone_id', '=', f.zone_id)
  if (f.project) {
    const { project_id, itemTypes, ownerFilter } = f.project
    const types = itemTypes ? sql`and i.resource_type in (${sql.join([...itemTypes])})` : sql``
    // resource_ids is space-separated (docs/compat.md#job-resource-ids): an item is named when ' id ' is in ' ids '.
    query = query.where(
      sql<SqlBool>`exists (select 1 from project_resource_items i where i.project_id = ${project_id} ${types}
        and (' ' || jobs.resource_ids || ' ') like ('% ' || i.resource_id || ' %'))`,
    )
    if (ownerFilter !== undefined) query = query.where('owner', '=', ownerFilter)
  } else {
    query = query.where('owner', '=', f.owner)
  }
  if (f.job_ids) query = query.where('job_id', 'in', f.job_ids.length ? f.job_ids : [''])
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses as JobStatus[])
  if (f.job_action !== undefined) query = query.where('job_action', '=', f.job_action)
  return query
}

/** One page of a user's jobs, newest first, and the number of all matches (docs/compat.md#describe-order). */
export async function describeJobs(
  q: Queryable,
  f: JobFilter,
  page: { offset: number; limit: number; oldestFirst: boolean },
): Promise<{ rows: JobRow[]; total: number }> {
  const direction = page.oldestFirst ? 'asc' : 'desc'
  return pageWithTotal(
    page,
    () =>
      filtered(q, f)
        .selectAll()
        .orderBy('create_time', direction)
        .orderBy('job_id')
        .offset(notPlanned(page.offset))
        .limit(notPlanned(page.limit))
        .execute(),
    async () =>
      Number(
        (
          await filtered(q, f)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  )
}

/** How many jobs are in each status, and when the oldest unfinished one was created (metrics). */
export async function jobQueueState(q: Queryable): Promise<{ byStatus: Map<string, number>; oldestUnfinished: string | undefined }> {
  const counts = await q
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute()
  const oldest = await q
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('create_time').as('oldest'))
    .where('status', 'in', UNFINISHED)
    .executeTakeFirst()
  return {
    byStatus: new Map(counts.map((row) => [row.status, Number(row.n)])),
    oldestUnfinished: oldest?.oldest ?? undefined,
  }
}
