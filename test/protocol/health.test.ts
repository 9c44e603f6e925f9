import { describe, expect, it } from 'vitest'
import { testDatabaseUrl, testDialect } from '../harness/dialect.js'
import { startTestServer } from '../harness/server.js'
import { startTcpProxy } from '../harness/tcp-proxy.js'

async function probe(base: string, path: string): Promise<{ status: number; type: string | null; body: unknown }> {
  const response = await fetch(new URL(path, base))
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() }
}

describe('health endpoints', () => {
  it('/healthz says the process is up and /readyz that the store answers with its migrations applied', async () => {
    await using api = await startTestServer()
    expect(await probe(api.url, '/healthz')).toEqual({ status: 200, type: 'application/json', body: { status: 'ok' } })
    expect(await probe(api.url, '/readyz')).toEqual({ status: 200, type: 'application/json', body: { status: 'ready' } })
  })

  it.runIf(testDialect() === 'postgres')(
    '/readyz answers 503 with the reason while the database is unreachable, and 200 again after',
    async () => {
      const direct = new URL(testDatabaseUrl())
      await using proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
      const viaProxy = new URL(direct)
      viaProxy.host = `127.0.0.1:${proxy.port}`
      await using api = await startTestServer({ env: { DATABASE_URL: viaProxy.toString() } })

      proxy.cut()
      proxy.refuse()
      const down = await probe(api.url, '/readyz')
      expect(down.status).toBe(503)
      expect(down.body).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('store unavailable') })
      // The process itself is fine.
      expect((await probe(api.url, '/healthz')).status).toBe(200)
      // An API call in the outage is a QingCloud answer: 5100, which clients retry.
      await expect(api.client.describeZones({})).rejects.toMatchObject({ ret_code: 5100 })

      proxy.accept()
      expect(await probe(api.url, '/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } })
      await expect(api.client.describeZones({})).resolves.toMatchObject({ ret_code: 0 })
    },
  )
})
