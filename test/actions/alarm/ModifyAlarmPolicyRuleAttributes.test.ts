import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyAlarmPolicyRuleAttributes', () => {
  it('changes a rule and marks its policy unapplied', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const [rule] = (await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })).alarm_policy_rule_set
    await api.client.modifyAlarmPolicyRuleAttributes({
      alarm_policy_rule: rule!.alarm_policy_rule_id,
      thresholds: 50,
      condition_type: 'lt',
    })
    const [changed] = (await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })).alarm_policy_rule_set
    expect(changed).toMatchObject({ thresholds: '50', condition_type: 'lt' })
    expect((await api.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).alarm_policy_set[0]!.is_applied).toBe(0)
    expect((await refusal(api.client.modifyAlarmPolicyRuleAttributes({ alarm_policy_rule: 'alpr-nothere0' }))).ret_code).toBe(2100)
  })
})
