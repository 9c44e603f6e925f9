import http from 'node:http'
import { canonicalEncode, signRequest, type ParamPair, type SignatureMethod } from '../../src/protocol/signing.js'
import { formatQingTime } from '../../src/protocol/time.js'

/**
 * Raw HTTP for test/protocol: builds and signs requests by hand so the SDK cannot hide a server
 * bug, and sends the bytes unchanged.
 */
export interface RawAnswer {
  status: number
  contentType: string | null
  text: string
  json: Record<string, unknown>
  /** The `X-Request-Id` header: every answer names its request. */
  requestId: string | null
}

export async function sendRaw(
  baseUrl: string,
  input: { verb?: string; path?: string; query?: string; body?: string; contentType?: string },
): Promise<RawAnswer> {
  const origin = new URL(baseUrl).origin
  const path = input.path ?? '/iaas/'
  const url = `${origin}${path}${input.query ? `?${input.query}` : ''}`
  const response = await fetch(url, {
    method: input.verb ?? 'GET',
    ...(input.body !== undefined ? { body: input.body } : {}),
    headers: input.contentType ? { 'content-type': input.contentType } : {},
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // left empty: the test asserts on `text` and `contentType` in that case
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    json,
    requestId: response.headers.get('x-request-id'),
  }
}

export interface SignOptions {
  keyId: string
  secret: string
  now: number
  verb?: 'GET' | 'POST'
  path?: string
  method?: SignatureMethod
  /** Leave out common parameters to test their absence. */
  omit?: string[]
}

/** Adds the common parameters to `params` and signs; returns the encoded query with `signature` last. */
export function signedQuery(params: Record<string, string>, options: SignOptions): string {
  const common: Record<string, string> = {
    access_key_id: options.keyId,
    signature_method: options.method ?? 'HmacSHA256',
    signature_version: '1',
    time_stamp: formatQingTime(options.now),
    version: '1',
  }
  const pairs: ParamPair[] = Object.entries({ ...common, ...params }).filter(([name]) => !options.omit?.includes(name))
  const signature = signRequest({
    verb: options.verb ?? 'GET',
    path: options.path ?? '/iaas/',
    pairs,
    secret: options.secret,
    method: options.method ?? 'HmacSHA256',
  })
  return `${encodePairs(pairs)}&signature=${canonicalEncode(signature)}`
}

export function encodePairs(pairs: readonly ParamPair[]): string {
  return pairs.map(([k, v]) => `${canonicalEncode(k)}=${canonicalEncode(v)}`).join('&')
}

/**
 * Like sendRaw, over node:http, so that a GET may carry a body too (fetch refuses one): the
 * server must not act on what such a body says.
 */
export function sendHttp(
  baseUrl: string,
  input: { verb?: string; path?: string; query?: string; body?: string; contentType?: string },
): Promise<RawAnswer> {
  const origin = new URL(baseUrl)
  const path = `${input.path ?? '/iaas/'}${input.query ? `?${input.query}` : ''}`
  const body = input.body === undefined ? undefined : Buffer.from(input.body)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: origin.hostname,
        port: origin.port,
        method: input.verb ?? 'GET',
        path,
        headers: {
          ...(input.contentType ? { 'content-type': input.contentType } : {}),
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: Record<string, unknown> = {}
          try {
            json = JSON.parse(text) as Record<string, unknown>
          } catch {
            // left empty, as in sendRaw
          }
          const requestId = response.headers['x-request-id']
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? null,
            text,
            json,
            requestId: typeof requestId === 'string' ? requestId : null,
          })
        })
      },
    )
    request.setTimeout(10_000, () => request.destroy(new Error('no answer within 10 s')))
    request.on('error', reject)
    request.end(body)
  })
}
