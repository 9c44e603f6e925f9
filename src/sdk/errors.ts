/**
 * A QingCloud error answer: `ret_code` ≠ 0, with the server's `message`.
 *
 * Branch on `ret_code` (docs/errors.md), never on the message text.
 *
 * @example
 *   try {
 *     await client.describeVolumes({ volumes: ['vol-nothere'] })
 *   } catch (error) {
 *     if (error instanceof QingApiError && error.ret_code === 2100) console.log('no such volume')
 *     else throw error
 *   }
 */
export class QingApiError extends Error {
  readonly ret_code: number
  /** The action that was called, as sent. */
  readonly action: string

  constructor(ret_code: number, message: string, action: string) {
    super(message)
    this.name = 'QingApiError'
    this.ret_code = ret_code
    this.action = action
  }

  /** 5000 (internal error) and 5100 (server busy) are worth another attempt (docs/compat.md#retried-codes). */
  get retryable(): boolean {
    return this.ret_code === 5000 || this.ret_code === 5100
  }
}

/** A job that ended `failed`; `job` is its DescribeJobs record. */
export class QingJobFailedError extends Error {
  readonly job: { job_id: string; job_action: string; status: string; error_codes?: string }

  constructor(job: QingJobFailedError['job']) {
    super(`job [${job.job_id}] of ${job.job_action} failed${job.error_codes ? `: ${job.error_codes}` : ''}`)
    this.name = 'QingJobFailedError'
    this.job = job
  }
}

/** A wait that did not see its condition within its timeout; `last` is what it saw last. */
export class QingTimeoutError extends Error {
  readonly last: unknown

  constructor(what: string, timeoutMs: number, last: unknown) {
    super(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`)
    this.name = 'QingTimeoutError'
    this.last = last
  }
}

/** The request never got an answer: connection refused, reset, timed out, or not JSON. */
export class QingNetworkError extends Error {
  readonly endpoint: string

  constructor(endpoint: string, reason: string, cause?: unknown) {
    super(`no answer from ${endpoint}: ${reason}`, { cause })
    this.name = 'QingNetworkError'
    this.endpoint = endpoint
  }
}

/** A config file that is missing or wrong, or settings that name no access key. */
export class QingConfigError extends Error {
  override name = 'QingConfigError'
}
