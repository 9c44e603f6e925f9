import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAlarmPolicyRules', () => {
  it("lists a policy's rules with QingCloud's string numbers, and none of another user's", async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const { alarm_policy_rule_set, total_count } = await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })
    expect(total_count).toBe(1)
    expect(alarm_policy_rule_set[0]).toMatchObject({
      alarm_policy_id,
      meter: 'cpu',
      condition_type: 'gt',
      thresholds: '90',
      consecutive_periods: '1',
      period_end_hhmm: '23:59',
    })
    const stranger = await api.newUser()
    expect((await stranger.client.describeAlarmPolicyRules({})).total_count).toBe(0)
  })
})
