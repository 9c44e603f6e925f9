import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteAlarmPolicyActions', () => {
  it('deletes actions; an unknown one is 2100', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const [action] = (await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })).alarm_policy_action_set
    await api.client.deleteAlarmPolicyActions({ alarm_policy_actions: [action!.alarm_policy_action_id] })
    expect((await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })).total_count).toBe(0)
    expect((await refusal(api.client.deleteAlarmPolicyActions({ alarm_policy_actions: ['alpa-nothere0'] }))).ret_code).toBe(2100)
  })
})
