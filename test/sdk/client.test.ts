import { describe, expect, expectTypeOf, it } from 'vitest'
import { QingApiError, QingClient, QingNetworkError } from '../../src/sdk/index.js'
import { startTestServer } from '../harness/server.js'

describe('QingClient over a real socket', () => {
  it('has a typed method per action that answers QingCloud field names', async () => {
    await using api = await startTestServer()
    const created = await api.client.createVolumes({ size: 20, volume_name: 'typed', count: 2 })
    expectTypeOf(created.volumes).toEqualTypeOf<string[]>()
    expectTypeOf(created.job_id).toEqualTypeOf<string>()
    const listed = await api.client.describeVolumes({ volumes: created.volumes })
    expect(listed.action).toBe('DescribeVolumesResponse')
    expect(listed.volume_set.map((v) => v.volume_id).sort()).toEqual([...created.volumes].sort())
    expectTypeOf(listed.volume_set[0]!.transition_status).toEqualTypeOf<
      '' | 'creating' | 'attaching' | 'detaching' | 'suspending' | 'resuming' | 'deleting' | 'recovering' | 'resizing'
    >()
    // `call` is the same, by name.
    const byName = await api.client.call('DescribeVolumes', { volumes: created.volumes })
    expect(byName.total_count).toBe(2)
  })

  it('rejects with QingApiError carrying ret_code and the server message', async () => {
    await using api = await startTestServer()
    const error = await api.client.describeVolumes({ volumes: ['vol-nothere0'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(QingApiError)
    expect((error as QingApiError).ret_code).toBe(2100)
    expect((error as QingApiError).action).toBe('DescribeVolumes')
    expect((error as QingApiError).message).toContain('[vol-nothere0]')
  })

  it('calls actions it does not declare with request(), flattening lists as name.N', async () => {
    await using api = await startTestServer()
    const unknown = await api.client.request('DescribeNothings', { things: ['a', 'b'] }).catch((e: unknown) => e)
    expect((unknown as QingApiError).ret_code).toBe(1101)
    const { volumes } = await api.client.createVolumes({ size: 20 })
    const answer = await api.client.request('DescribeVolumes', { volumes })
    expect(answer.total_count).toBe(1)
  })

  it('signs with a wrong secret → 1200, as QingCloud would', async () => {
    await using api = await startTestServer()
    const client = api.clientFor({ access_key_id: api.root.access_key_id, secret_access_key: 'not-the-secret' })
    const error = (await client.describeZones().catch((e: unknown) => e)) as QingApiError
    expect(error.ret_code).toBe(1200)
  })

  it('retries 5000 and 5100 with back-off, then gives up; other codes are not retried', async () => {
    await using api = await startTestServer()
    const pauses: number[] = []
    let busyAnswers = 0
    // A proxy in front of the real server that answers "server busy" for the first calls.
    const flaky: typeof fetch = async (input, init) => {
      if (busyAnswers > 0) {
        busyAnswers--
        return new Response(JSON.stringify({ ret_code: 5100, message: 'ServerBusy, try again' }), {
          headers: { 'content-type': 'application/json' },
        })
      }
      return fetch(input, init)
    }
    const client = new QingClient({
      endpoint: api.url,
      accessKeyId: api.root.access_key_id,
      secretAccessKey: api.root.secret_access_key,
      zone: 'pek3a',
      now: () => api.clock.now(),
      fetch: flaky,
      retries: 2,
      sleep: async (ms) => void pauses.push(ms),
    })
    busyAnswers = 2
    expect((await client.describeZones()).ret_code).toBe(0)
    expect(pauses).toHaveLength(2)
    expect(pauses[0]).toBeLessThan(1000)
    expect(pauses[1]).toBeLessThan(2000)

    busyAnswers = 3
    const error = (await client.describeZones().catch((e: unknown) => e)) as QingApiError
    expect(error.ret_code).toBe(5100)
    expect(pauses).toHaveLength(4)

    const notRetried = (await client.describeVolumes({ volumes: ['vol-nothere0'] }).catch((e: unknown) => e)) as QingApiError
    expect(notRetried.ret_code).toBe(2100)
    expect(pauses).toHaveLength(4)
  })

  it('reports a server that does not answer as QingNetworkError, after its retries', async () => {
    let attempts = 0
    const client = new QingClient({
      endpoint: 'http://127.0.0.1:9/iaas/',
      accessKeyId: 'K',
      secretAccessKey: 'S',
      retries: 1,
      fetch: async () => {
        attempts++
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
      },
      sleep: async () => {},
    })
    const error = await client.describeZones().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(QingNetworkError)
    expect((error as Error).message).toBe('no answer from http://127.0.0.1:9/iaas/: ECONNREFUSED')
    expect(attempts).toBe(2)
  })

  it('sends long requests as a signed POST form', async () => {
    await using api = await startTestServer()
    const methods: string[] = []
    const client = new QingClient({
      ...api.client.options,
      fetch: (input, init) => (methods.push(init?.method ?? 'GET'), fetch(input, init)),
    })
    const { volumes } = await client.createVolumes({ size: 20, volume_name: 'short' })
    // 400 × `status.N=pending` is over 6000 characters: too long for a safe URL.
    const found = await client.describeVolumes({ volumes, status: Array<'pending'>(400).fill('pending') })
    expect(methods).toEqual(['GET', 'POST'])
    expect(found.volume_set.map((v) => v.volume_id)).toEqual(volumes)
  })
})
