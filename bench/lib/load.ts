import autocannon from 'autocannon'

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
}

/**
 * Drives `url` with autocannon for a bounded time over loopback; given several URLs (of one server),
 * each connection sends them in turn. Every answer of qingstack is HTTP 200, so a request's
 * correctness is checked once beforehand (see `expectOk`), not here.
 */
export async function load(url: string | readonly string[], options: { connections: number; seconds: number }): Promise<LoadResult> {
  const urls = typeof url === 'string' ? [url] : url
  const first = new URL(urls[0]!)
  const result = await autocannon({
    url: first.origin,
    requests: urls.map((each) => {
      const parsed = new URL(each)
      return { method: 'GET' as const, path: `${parsed.pathname}${parsed.search}` }
    }),
    connections: options.connections,
    duration: options.seconds,
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/** Fetches a signed URL once and fails loudly unless it answers ret_code 0. */
export async function expectOk(url: string): Promise<Record<string, unknown>> {
  const body = (await (await fetch(url)).json()) as Record<string, unknown>
  if (body.ret_code !== 0) throw new Error(`bench request failed: ${JSON.stringify(body).slice(0, 300)}`)
  return body
}
