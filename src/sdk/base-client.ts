import { actions, type ActionName } from '../protocol/actions/index.js'
import { endpointOf } from '../protocol/define.js'
import { canonicalEncode, type ParamPair, type SignatureMethod } from '../protocol/canonical.js'
import { formatQingTime } from '../protocol/time.js'
import { dropUndefined } from './options.js'
import { encodeCall } from './encode.js'
import { QingApiError, QingNetworkError } from './errors.js'
import { pages, records } from './paginate.js'
import type { ActionResponse, CallArgs, ItemOf, PageArgs, PagedAction } from './registry.js'
import { methodName } from '../protocol/surface.js'
import { signRequestWeb } from './sign.js'
import { waitForJob, waitUntilSettled, type JobRecord, type SettleOptions, type WaitOptions } from './wait.js'

export interface QingClientOptions {
  /** The API endpoint: `http://127.0.0.1:7878/iaas/` for qingstack, `https://api.qingcloud.com/iaas/` for QingCloud. */
  endpoint: string
  accessKeyId: string
  secretAccessKey: string
  /** Sent as `zone` on every call that does not give one. */
  zone?: string | undefined
  signatureMethod?: SignatureMethod
  /**
   * Further attempts after 5000, 5100 or no answer, with random exponential back-off; default 1, as
   * QingCloud's Python SDK (docs/compat.md#retried-codes). Like it, a request whose answer was lost is sent again, which
   * for a creation may create twice; pass 0 where that matters more than a transient failure.
   */
  retries?: number | undefined
  /** Abandon a request without an answer after this long; default 30 000 ms. */
  timeoutMs?: number | undefined
  /** The clock for `time_stamp` and wait deadlines (ms since the epoch); tests pass a fake one. */
  now?: () => number
  /** How waits and back-off pause; tests pass one that moves their fake clock instead. */
  sleep?: (ms: number) => Promise<void>
  fetch?: typeof globalThis.fetch
}

type ActionMethods = {
  [A in ActionName as Uncapitalize<A>]: (...args: CallArgs<A>) => Promise<ActionResponse<A>>
}

// Above this length a GET URL risks proxies' limits; the body of a POST has none.
const MAX_GET_QUERY = 6000

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The client without its Node-only parts (reading a config file): what browsers load, through
 * ./browser.ts. Node callers use QingClient of ./client.ts, which adds `fromConfig`.
 *
 * A signed QingCloud API client with one typed method per registry action, named after the action
 * (`CreateVolumes` → `createVolumes`), taking and answering QingCloud's own field names. It speaks to
 * qingstack and to QingCloud alike: only the endpoint differs.
 *
 * @example
 *   const client = new QingClient({ endpoint: 'http://127.0.0.1:7878/iaas/', accessKeyId, secretAccessKey, zone: 'pek3a' })
 *   const { volumes, job_id } = await client.createVolumes({ size: 20, count: 2 })
 *   await client.waitForJob(job_id)
 *   for await (const volume of client.paginate('DescribeVolumes', { status: ['available'] })) console.log(volume.volume_id)
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface below types the methods the constructor defines
export class QingClient {
  readonly options: Readonly<Required<Omit<QingClientOptions, 'zone'>> & { zone?: string | undefined }>

  constructor(options: QingClientOptions) {
    this.options = {
      signatureMethod: 'HmacSHA256',
      retries: 1,
      timeoutMs: 30_000,
      now: Date.now,
      sleep: realSleep,
      fetch: globalThis.fetch,
      ...dropUndefined(options),
    }
    for (const name of Object.keys(actions) as ActionName[]) {
      Object.defineProperty(this, methodName(name), {
        value: (params?: Record<string, unknown>) => this.request(name, params ?? {}),
        enumerable: false,
      })
    }
  }

  /**
   * Calls an action by name; resolves to the whole answer, rejects with QingApiError.
   *
   * @example
   *   const { zone_set } = await client.call('DescribeZones')
   */
  call<A extends ActionName>(action: A, ...[params]: CallArgs<A>): Promise<ActionResponse<A>> {
    return this.request(action, (params ?? {}) as Record<string, unknown>) as Promise<ActionResponse<A>>
  }

  /**
   * Calls any action, also one this SDK does not declare: lists go out as `name.N`, lists of objects
   * as `name.N.key`, as QingCloud's Python SDK sends them.
   *
   * @example
   *   const answer = await client.request('DescribeLoadBalancers', { loadbalancers: ['lb-1234abcd'] })
   */
  request(action: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const descriptor = (actions as Record<string, (typeof actions)[ActionName]>)[action]
    return this.send(action, encodeCall(descriptor, params))
  }

  /**
   * The records of a paged Describe*, across as many calls as it takes.
   *
   * @example
   *   for await (const volume of client.paginate('DescribeVolumes', { status: ['in-use'] })) console.log(volume.volume_id)
   */
  paginate<A extends PagedAction>(action: A, ...[params, options]: PageArgs<A>): AsyncGenerator<ItemOf<A>, void, undefined> {
    return records((a, p) => this.request(a, p), action, (params ?? {}) as Record<string, unknown>, options) as AsyncGenerator<
      ItemOf<A>,
      void,
      undefined
    >
  }

  /**
   * The answers of a paged Describe*, one page at a time (each with `total_count`).
   *
   * @example
   *   for await (const page of client.pages('DescribeVolumes', {}, { pageSize: 50 })) console.log(page.volume_set.length, page.total_count)
   */
  pages<A extends PagedAction>(action: A, ...[params, options]: PageArgs<A>): AsyncGenerator<ActionResponse<A>, void, undefined> {
    return pages((a, p) => this.request(a, p), action, (params ?? {}) as Record<string, unknown>, options) as AsyncGenerator<
      ActionResponse<A>,
      void,
      undefined
    >
  }

  /**
   * Waits until a job is `successful` and resolves to its DescribeJobs record; rejects with
   * QingJobFailedError when it fails and QingTimeoutError when `timeoutMs` passes first.
   *
   * @example
   *   const { job_id, volumes } = await client.createVolumes({ size: 20 })
   *   await client.waitForJob(job_id, { timeoutMs: 60_000, onPoll: (job) => console.log(job.status) })
   */
  waitForJob(jobId: string, options: WaitOptions<JobRecord> = {}): Promise<JobRecord> {
    return waitForJob(this.poller(), actions.DescribeJobs.name, jobId, options)
  }

  /**
   * Waits until resources have settled: `transition_status` is `""`, and the status is one of
   * `options.status` when given. Works for any resource type the server can describe by id.
   *
   * @example
   *   const [volume] = await client.waitUntilSettled(volumes, { status: 'available' })
   */
  waitUntilSettled(ids: string | readonly string[], options: SettleOptions = {}): Promise<Array<Record<string, unknown> | undefined>> {
    return waitUntilSettled(this.poller(), typeof ids === 'string' ? [ids] : ids, options)
  }

  /** Sends any action with already-encoded parameters, retrying transient failures. */
  async send(action: string, pairs: readonly ParamPair[]): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(action, pairs)
      } catch (error) {
        const transient = error instanceof QingNetworkError || (error instanceof QingApiError && error.retryable)
        if (!transient || attempt >= this.options.retries) throw error
        // Binary exponential back-off with full jitter, as QingCloud's Python SDK does.
        await this.options.sleep(Math.random() * 1000 * 2 ** attempt)
      }
    }
  }

  /**
   * qingstack's own actions (service `qingstack`) go to `/qingstack/` beside the `/iaas/` endpoint
   * (`http://h:7878/iaas/` → `http://h:7878/qingstack/`); every other action to the endpoint itself.
   */
  private urlOf(action: string): URL {
    const descriptor = (actions as Record<string, (typeof actions)[ActionName]>)[action]
    const url = new URL(this.options.endpoint)
    if (descriptor === undefined || endpointOf(descriptor.service) === 'iaas') return url
    return new URL(url.pathname.endsWith('/') ? '../qingstack/' : 'qingstack/', url)
  }

  private async sendOnce(action: string, pairs: readonly ParamPair[]): Promise<Record<string, unknown>> {
    const { accessKeyId, secretAccessKey, signatureMethod, zone } = this.options
    const url = this.urlOf(action)
    const all: ParamPair[] = [
      ['action', action],
      ['access_key_id', accessKeyId],
      ['signature_method', signatureMethod],
      ['signature_version', '1'],
      ['time_stamp', formatQingTime(this.options.now())],
      ['version', '1'],
      ...pairs,
    ]
    if (zone !== undefined && !all.some(([name]) => name === 'zone')) all.push(['zone', zone])
    const query = all.map(([k, v]) => `${canonicalEncode(k)}=${canonicalEncode(v)}`).join('&')
    const verb = query.length > MAX_GET_QUERY ? 'POST' : 'GET'
    const signature = await signRequestWeb({ verb, path: url.pathname, pairs: all, secret: secretAccessKey, method: signatureMethod })
    const signed = `${query}&signature=${canonicalEncode(signature)}`
    const target = `${url.origin}${url.pathname}`
    let status: number
    let text: string
    try {
      // Called unbound: a browser's fetch refuses any `this` but the window ("Illegal invocation").
      const fetch = this.options.fetch
      const response = await fetch(verb === 'GET' ? `${target}?${signed}` : target, {
        method: verb,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        ...(verb === 'POST' ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: signed } : {}),
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      throw new QingNetworkError(target, causeOf(error), error)
    }
    let body: Record<string, unknown>
    try {
      body = JSON.parse(text) as Record<string, unknown>
    } catch {
      throw new QingNetworkError(target, `HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`)
    }
    const code = body.ret_code
    if (code !== 0) {
      throw new QingApiError(typeof code === 'number' ? code : 5000, String(body.message ?? 'null'), action)
    }
    return body
  }

  private poller() {
    return {
      request: (action: string, params: Record<string, unknown>) => this.request(action, params),
      now: () => this.options.now(),
      sleep: (ms: number) => this.options.sleep(ms),
    }
  }
}

// Interface merging gives the class its derived, typed methods, which the constructor defines.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- on purpose, see above
export interface QingClient extends ActionMethods {}

function causeOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out'
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
}
