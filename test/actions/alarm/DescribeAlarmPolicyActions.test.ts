import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAlarmPolicyActions', () => {
  it("lists a policy's actions", async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, notification_list_id } = await watchedInstance(api)
    const { alarm_policy_action_set, total_count } = await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })
    expect(total_count).toBe(1)
    expect(alarm_policy_action_set[0]).toMatchObject({ alarm_policy_id, trigger_action: notification_list_id, trigger_status: 'alarm' })
    const stranger = await api.newUser()
    expect((await stranger.client.describeAlarmPolicyActions({})).total_count).toBe(0)
  })
})
