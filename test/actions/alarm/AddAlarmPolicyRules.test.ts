import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddAlarmPolicyRules', () => {
  it('adds rules, which mark the policy unapplied', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const { alarm_policy_rules } = await api.client.addAlarmPolicyRules({
      alarm_policy: alarm_policy_id,
      rules: [{ meter: 'memory', condition_type: 'gt', thresholds: 80, period_start_hhmm: '09:00', period_end_hhmm: '18:00' }],
    })
    expect(alarm_policy_rules).toEqual([expect.stringMatching(/^alpr-/)])
    expect((await api.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).alarm_policy_set[0]!.is_applied).toBe(0)
    const hhmm = await refusal(
      api.client.addAlarmPolicyRules({
        alarm_policy: alarm_policy_id,
        rules: [{ meter: 'cpu', condition_type: 'gt', thresholds: 1, period_start_hhmm: '25:00' }],
      }),
    )
    expect([hhmm.ret_code, hhmm.message]).toEqual([1100, expect.stringContaining('period_start_hhmm')])
  })
})
