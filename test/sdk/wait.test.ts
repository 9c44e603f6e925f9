import { describe, expect, expectTypeOf, it } from 'vitest'
import { QingApiError, QingClient, QingTimeoutError, type JobRecord } from '../../src/sdk/index.js'
import { startTestServer } from '../harness/server.js'

// The harness gives its client a sleep that moves the fake clock and runs the jobs that fall due,
// so these waits poll a real server over a real socket without sleeping.
describe('waiting for jobs and resources', () => {
  it('waitForJob resolves to the successful job, reporting every poll', async () => {
    await using api = await startTestServer()
    const started = api.clock.now()
    const { job_id, volumes } = await api.client.createVolumes({ size: 20, count: 2 })
    const seen: string[] = []
    const job = await api.client.waitForJob(job_id, { onPoll: (j) => seen.push(j.status) })
    expectTypeOf(job).toEqualTypeOf<JobRecord>()
    expect(job).toMatchObject({ job_id, job_action: 'CreateVolumes', status: 'successful', resource_ids: volumes.join(' ') })
    expect(seen[0]).toBe('pending')
    expect(seen.at(-1)).toBe('successful')
    expect(seen).toContain('working')
    // It polled on the fake clock, within the realistic duration plus one pause.
    expect(api.clock.now() - started).toBeGreaterThan(0)
    expect(api.clock.now() - started).toBeLessThan(10_000)
    const { volume_set } = await api.client.describeVolumes({ volumes })
    expect(volume_set.every((v) => v.status === 'available' && v.transition_status === '')).toBe(true)
  })

  it('waitForJob times out on the client clock when the job does not end', async () => {
    await using api = await startTestServer()
    const { job_id } = await api.client.createVolumes({ size: 20 })
    // A client whose sleep only moves the clock: the worker never runs, the job stays pending.
    const stalled = new QingClient({ ...api.client.options, sleep: async (ms) => api.clock.advance(ms) })
    const error = await stalled.waitForJob(job_id, { timeoutMs: 5000, intervalMs: 1000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(QingTimeoutError)
    expect((error as Error).message).toBe(`timed out after 5 s waiting for job [${job_id}]`)
    expect((error as QingTimeoutError).last).toMatchObject({ job_id, status: 'pending' })
  })

  it('waitForJob rejects an unknown job with the server error', async () => {
    await using api = await startTestServer()
    const error = (await api.client.waitForJob('j-nosuchjb').catch((e: unknown) => e)) as QingApiError
    expect(error.ret_code).toBe(2100)
  })

  it('waitUntilSettled finds the Describe action from the id and waits for the status', async () => {
    await using api = await startTestServer()
    const { volumes } = await api.client.createVolumes({ size: 20, count: 3 })
    const before = await api.client.describeVolumes({ volumes })
    expect(before.volume_set.every((v) => v.transition_status === 'creating')).toBe(true)
    const settled = await api.client.waitUntilSettled(volumes, { status: 'available' })
    expect(settled.map((v) => v?.volume_id)).toEqual(volumes)
    expect(settled.every((v) => v?.status === 'available' && v.transition_status === '')).toBe(true)
  })

  it('waitUntilSettled refuses ids whose resource type no Describe action lists', async () => {
    await using api = await startTestServer()
    await expect(api.client.waitUntilSettled('xyz-12345678')).rejects.toThrow(
      'cannot wait for [xyz-12345678]: no Describe action of this server lists its resource type',
    )
  })
})
