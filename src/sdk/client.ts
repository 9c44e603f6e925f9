import { actions, type ActionName, type Actions } from '../protocol/actions/index.js'
import { flattenParams } from '../protocol/codec.js'
import type { AnyAction, InputOfAction, ResponseOfAction } from '../protocol/define.js'
import type { AnyParam } from '../protocol/params.js'
import { canonicalEncode, signRequest, type ParamPair, type SignatureMethod } from '../protocol/signing.js'
import { formatQingTime } from '../protocol/time.js'

export interface QingClientOptions {
  /** The API endpoint, e.g. `http://127.0.0.1:7878/iaas/` (or `https://api.qingcloud.com/iaas/`). */
  endpoint: string
  accessKeyId: string
  secretAccessKey: string
  /** Sent as `zone` on every call that does not give one. */
  zone?: string
  signatureMethod?: SignatureMethod
  /** Milliseconds since the epoch for `time_stamp`; tests pass their fake clock. */
  now?: () => number
}

/** Parameters every call accepts besides the action's own. */
export interface CommonInput {
  zone?: string
}

/** A QingCloud error answer (`ret_code` ≠ 0). */
export class QingApiError extends Error {
  readonly ret_code: number
  readonly action: string

  constructor(ret_code: number, message: string, action: string) {
    super(message)
    this.name = 'QingApiError'
    this.ret_code = ret_code
    this.action = action
  }
}

type MethodName<A extends string> = Uncapitalize<A>
type ActionMethods = {
  [A in ActionName as MethodName<A>]: {} extends InputOfAction<Actions[A]>
    ? (params?: InputOfAction<Actions[A]> & CommonInput) => Promise<ResponseOfAction<Actions[A]>>
    : (params: InputOfAction<Actions[A]> & CommonInput) => Promise<ResponseOfAction<Actions[A]>>
}

// Above this length a GET URL risks proxies' limits; the body of a POST has none.
const MAX_GET_QUERY = 6000

/** Encodes one value by its descriptor: lists as `name.N`, objects as `name.N.field`, JSON as text. */
function encodeParam(name: string, value: unknown, spec: AnyParam | undefined): ParamPair[] {
  if (value === undefined || value === null) return []
  if (spec?.kind === 'json') return [[name, typeof value === 'string' ? value : JSON.stringify(value)]]
  return flattenParams({ [name]: value })
}

export function encodeCall(descriptor: AnyAction | undefined, params: Record<string, unknown>): ParamPair[] {
  const pairs: ParamPair[] = []
  for (const [name, value] of Object.entries(params)) {
    pairs.push(...encodeParam(name, value, descriptor?.params[name] as AnyParam | undefined))
  }
  return pairs
}

/**
 * A signed QingCloud API client with one typed method per registry action.
 *
 * @example
 *   const client = new QingClient({ endpoint: 'http://127.0.0.1:7878/iaas/', accessKeyId, secretAccessKey, zone: 'pek3a' })
 *   const { zone_set } = await client.describeZones()
 */
export class QingClient {
  readonly options: Required<Omit<QingClientOptions, 'zone'>> & { zone?: string }

  constructor(options: QingClientOptions) {
    this.options = { signatureMethod: 'HmacSHA256', now: Date.now, ...options }
    for (const name of Object.keys(actions) as ActionName[]) {
      const method = (name.charAt(0).toLowerCase() + name.slice(1)) as keyof ActionMethods
      Object.defineProperty(this, method, {
        value: (params?: Record<string, unknown>) => this.call(name, (params ?? {}) as never),
        enumerable: false,
      })
    }
  }

  /** Calls an action by name; resolves to the whole answer, rejects with QingApiError. */
  async call<A extends ActionName>(
    action: A,
    params: InputOfAction<Actions[A]> & CommonInput,
  ): Promise<ResponseOfAction<Actions[A]>> {
    const body = await this.send(action, encodeCall(actions[action], params as Record<string, unknown>))
    return body as ResponseOfAction<Actions[A]>
  }

  /** Sends any action with already-encoded parameters (for actions this SDK does not know). */
  async send(action: string, pairs: readonly ParamPair[]): Promise<Record<string, unknown>> {
    const url = new URL(this.options.endpoint)
    const all: ParamPair[] = [
      ['action', action],
      ['access_key_id', this.options.accessKeyId],
      ['signature_method', this.options.signatureMethod],
      ['signature_version', '1'],
      ['time_stamp', formatQingTime(this.options.now())],
      ['version', '1'],
      ...pairs,
    ]
    if (this.options.zone !== undefined && !all.some(([name]) => name === 'zone')) all.push(['zone', this.options.zone])
    const query = all.map(([k, v]) => `${canonicalEncode(k)}=${canonicalEncode(v)}`).join('&')
    const verb = query.length > MAX_GET_QUERY ? 'POST' : 'GET'
    const signature = signRequest({
      verb,
      path: url.pathname,
      pairs: all,
      secret: this.options.secretAccessKey,
      method: this.options.signatureMethod,
    })
    const signed = `${query}&signature=${canonicalEncode(signature)}`
    const response =
      verb === 'GET'
        ? await fetch(`${url.origin}${url.pathname}?${signed}`)
        : await fetch(`${url.origin}${url.pathname}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: signed,
          })
    const text = await response.text()
    let body: Record<string, unknown>
    try {
      body = JSON.parse(text) as Record<string, unknown>
    } catch {
      throw new QingApiError(5000, `answer is not JSON (HTTP ${response.status}): ${text.slice(0, 200)}`, action)
    }
    const code = body.ret_code
    if (code !== 0) {
      throw new QingApiError(typeof code === 'number' ? code : 5000, String(body.message ?? 'null'), action)
    }
    return body
  }
}

// Interface merging gives the class its generated, typed methods.
export interface QingClient extends ActionMethods {}
