import { resourceTypeOfId } from '../protocol/resources.js'
import { QingJobFailedError, QingTimeoutError } from './errors.js'
import { describeActionFor } from './registry.js'

/** How long and how often to poll. Times are milliseconds on the client's clock. */
export interface WaitOptions<Seen = unknown> {
  /** Give up after this long; default 180 000 (the Go SDK's job budget). */
  timeoutMs?: number
  /** The first pause between polls; it doubles up to `maxIntervalMs`. Default 500. */
  intervalMs?: number
  /** Default 2000 (QingCloud's Python SDK polls every 2 s). */
  maxIntervalMs?: number
  /** The zone to poll in; default the client's. */
  zone?: string
  /** Called with what each poll saw: a progress display hooks in here. */
  onPoll?: (seen: Seen) => void
}

/** The slice of a client the waiters use; its clock and sleep are injectable for tests. */
export interface Poller {
  request(action: string, params: Record<string, unknown>): Promise<Record<string, unknown>>
  now(): number
  sleep(ms: number): Promise<void>
}

type Check<T> = () => Promise<{ done: true; value: T } | { done: false; last: unknown }>

/** Polls at once, then after growing pauses, until `check` is done or the time is up. */
export async function pollUntil<T>(poller: Poller, what: string, options: WaitOptions<never>, check: Check<T>): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 180_000
  const maxIntervalMs = options.maxIntervalMs ?? 2000
  const deadline = poller.now() + timeoutMs
  let pause = Math.min(options.intervalMs ?? 500, maxIntervalMs)
  for (;;) {
    const result = await check()
    if (result.done) return result.value
    const left = deadline - poller.now()
    if (left <= 0) throw new QingTimeoutError(what, timeoutMs, result.last)
    await poller.sleep(Math.min(pause, left))
    pause = Math.min(pause * 2, maxIntervalMs)
  }
}

/** A DescribeJobs record. */
export interface JobRecord {
  job_id: string
  job_action: string
  status: string
  resource_ids?: string
  error_codes?: string
  create_time?: string
  status_time?: string
  [field: string]: unknown
}

/**
 * Polls DescribeJobs until the job is `successful` (resolves to its record) or `failed` (rejects with
 * QingJobFailedError); `pending`, `working` and anything else keep it waiting (docs/compat.md#job-statuses).
 */
export function waitForJob(poller: Poller, describeJobs: string, jobId: string, options: WaitOptions<JobRecord> = {}): Promise<JobRecord> {
  return pollUntil(poller, `job [${jobId}]`, options, async () => {
    const answer = await poller.request(describeJobs, { jobs: [jobId], ...zoneOf(options) })
    const job = (answer.job_set as JobRecord[] | undefined)?.[0]
    // QingCloud's Python SDK keeps polling while the job is not listed yet; so do we.
    if (!job) return { done: false, last: undefined }
    options.onPoll?.(job)
    if (job.status === 'successful') return { done: true, value: job }
    if (job.status === 'failed') throw new QingJobFailedError(job)
    return { done: false, last: job }
  })
}

export interface SettleOptions extends WaitOptions<Array<Record<string, unknown>>> {
  /** Also wait for one of these statuses (`'available'`, `['running', 'stopped']`). */
  status?: string | readonly string[]
}

/**
 * Polls the Describe* of each id's resource type until every record has `transition_status` `""` (and
 * one of `status`, if given). A record that is no longer listed counts as settled unless `status` was
 * given. Resolves to the records, in the order of `ids`.
 */
export async function waitUntilSettled(
  poller: Poller,
  ids: readonly string[],
  options: SettleOptions = {},
): Promise<Array<Record<string, unknown> | undefined>> {
  const wanted = options.status === undefined ? undefined : ([] as string[]).concat(options.status)
  const groups = groupByDescribe(ids)
  return pollUntil(poller, `${ids.join(', ')} to settle`, options, async () => {
    const found = new Map<string, Record<string, unknown>>()
    for (const { describe, ids: groupIds } of groups) {
      const answer = await poller.request(describe.action, { [describe.idsParam]: groupIds, ...zoneOf(options) })
      for (const record of (answer[describe.setKey] as Array<Record<string, unknown>> | undefined) ?? []) {
        found.set(String(record[describe.idField]), record)
      }
    }
    const records = ids.map((id) => found.get(id))
    options.onPoll?.(records.filter((r) => r !== undefined))
    const settled = records.every((record) =>
      record === undefined
        ? wanted === undefined
        : !record.transition_status && (wanted === undefined || wanted.includes(String(record.status))),
    )
    return settled ? { done: true, value: records } : { done: false, last: records }
  })
}

function groupByDescribe(ids: readonly string[]) {
  const groups = new Map<string, { describe: NonNullable<ReturnType<typeof describeActionFor>>; ids: string[] }>()
  for (const id of ids) {
    const type = resourceTypeOfId(id)
    const describe = type && describeActionFor(type)
    if (!describe) throw new Error(`cannot wait for [${id}]: no Describe action of this server lists its resource type`)
    const group = groups.get(describe.action) ?? { describe, ids: [] }
    group.ids.push(id)
    groups.set(describe.action, group)
  }
  return [...groups.values()]
}

function zoneOf(options: { zone?: string | undefined }): { zone?: string } {
  return options.zone === undefined ? {} : { zone: options.zone }
}
