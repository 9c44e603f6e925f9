import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAlarmHistory', () => {
  it("answers an alarm's history newest first, by type; another user's alarm is 2100", async () => {
    await using api = await startTestServer()
    const { alarm_id } = await watchedInstance(api)
    api.clock.advance(10 * 60_000)
    await api.app.worker.evaluateAlarms()
    const { alarm_history_set } = await api.client.describeAlarmHistory({ alarm: alarm_id })
    expect(alarm_history_set[0]).toMatchObject({ alarm_id, history_type: 'status_change', description: 'insufficient -> ok' })
    expect((await api.client.describeAlarmHistory({ alarm: alarm_id, history_type: 'trigger_action' })).total_count).toBe(0)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeAlarmHistory({ alarm: alarm_id }))).ret_code).toBe(2100)
  })
})
