import { describe, expect, it } from 'vitest'
import { basicInstance, instanceStates, jobStatus } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AdvanceClock', () => {
  it('moves the world: a pending RunInstances falls due at once, new records carry the world time, signatures keep the wall clock', async () => {
    await using api = await startTestServer()
    const { instances, job_id } = await api.client.runInstances({ ...basicInstance })
    await api.app.worker.runDue() // the job turns working; its step is due in 10 s of realistic time
    expect(await api.app.worker.runDue()).toBe(0)
    expect(await instanceStates(api.client, instances)).toEqual([['pending', 'creating']])

    const moved = await api.client.advanceClock({ seconds: 60 })
    expect(moved).toMatchObject({ offset_seconds: 60, world_time: '2026-01-15T08:01:00Z', base_time: '2026-01-15T08:00:00Z' })
    // No fake time passes: the step is due on the world's clock.
    expect(await api.app.worker.runDue()).toBe(1)
    expect(await instanceStates(api.client, instances)).toEqual([['running', '']])
    expect(await jobStatus(api.client, job_id)).toBe('successful')

    await api.client.advanceClock({ seconds: 3600 })
    // The client signs with the wall (fake) clock, an hour behind the world: still accepted.
    const { volumes } = await api.client.createVolumes({ size: 10 })
    const [volume] = (await api.client.describeVolumes({ volumes })).volume_set
    expect(volume!.create_time).toBe('2026-01-15T09:01:00Z')
    expect(await api.client.describeClock()).toMatchObject({ offset_seconds: 3660 })
  })

  it('answers 1100 naming seconds when it is missing or not positive, and 1400 to anyone but root', async () => {
    await using api = await startTestServer()
    const missing = await refusal(api.client.request('AdvanceClock', {}))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [seconds] is required'])
    const negative = await refusal(api.client.advanceClock({ seconds: -5 }))
    expect(negative.ret_code).toBe(1100)
    expect(negative.message).toContain('[seconds]')
    const alice = await api.newUser()
    const denied = await refusal(alice.client.advanceClock({ seconds: 60 }))
    expect(denied.ret_code).toBe(1400)
    expect((await api.client.describeClock()).offset_seconds).toBe(0)
  })
})
