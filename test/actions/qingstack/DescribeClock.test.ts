import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeClock', () => {
  it('shows the offset, the world time and the wall time; root alone may ask', async () => {
    await using api = await startTestServer()
    expect(await api.client.describeClock()).toMatchObject({
      offset_seconds: 0,
      world_time: '2026-01-15T08:00:00Z',
      base_time: '2026-01-15T08:00:00Z',
    })
    api.clock.advance(5000)
    expect((await api.client.describeClock()).world_time).toBe('2026-01-15T08:00:05Z')
    const alice = await api.newUser()
    expect((await refusal(alice.client.describeClock())).ret_code).toBe(1400)
  })

  it('is answered on /qingstack/ only: on /iaas/ the action is unknown', async () => {
    await using api = await startTestServer()
    const raw = await fetch(`${api.url}?action=DescribeClock`)
    expect(((await raw.json()) as { ret_code: number }).ret_code).not.toBe(0)
  })
})
