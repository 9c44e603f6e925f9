import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAlarms', () => {
  it('filters by status; a clock jump evaluates every period it skipped', async () => {
    await using api = await startTestServer()
    const { instance, alarm_id } = await watchedInstance(api)
    api.clock.advance(24 * 3600_000)
    // Two passes at once (two workers) evaluate each period once between them.
    const passes = await Promise.all([api.app.worker.evaluateAlarms(), api.app.worker.evaluateAlarms()])
    expect(passes[0] + passes[1]).toBe(288)
    expect(await api.app.worker.evaluateAlarms()).toBe(0)
    expect((await api.client.describeAlarms({ status: 'ok' })).alarm_set.map((a) => [a.alarm_id, a.resource_id])).toEqual([
      [alarm_id, instance],
    ])
    expect((await api.client.describeAlarms({ status: 'alarm' })).total_count).toBe(0)
    const stranger = await api.newUser()
    expect((await stranger.client.describeAlarms({ alarms: [alarm_id] })).total_count).toBe(0)
  })
})
