import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteAlarmPolicyRules', () => {
  it('deletes rules; an unknown one is 2100', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const [rule] = (await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })).alarm_policy_rule_set
    await api.client.deleteAlarmPolicyRules({ alarm_policy_rules: [rule!.alarm_policy_rule_id] })
    expect((await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })).total_count).toBe(0)
    expect((await refusal(api.client.deleteAlarmPolicyRules({ alarm_policy_rules: [rule!.alarm_policy_rule_id] }))).ret_code).toBe(2100)
  })
})
