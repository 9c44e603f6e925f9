import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ResetClock', () => {
  it('puts the world back on the wall clock; records already written keep their times', async () => {
    await using api = await startTestServer()
    await api.client.advanceClock({ seconds: 86_400 })
    const { volumes } = await api.client.createVolumes({ size: 10 })
    expect(await api.client.resetClock()).toMatchObject({ offset_seconds: 0, world_time: '2026-01-15T08:00:00Z' })
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]!.create_time).toBe('2026-01-16T08:00:00Z')
    expect((await api.client.describeClock()).offset_seconds).toBe(0)
    const alice = await api.newUser()
    expect((await refusal(alice.client.resetClock())).ret_code).toBe(1400)
  })
})
