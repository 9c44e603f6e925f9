import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ApplyAlarmPolicy', () => {
  it('puts the rules in force and records a config_update in each alarm', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, alarm_id } = await watchedInstance(api)
    await api.client.addAlarmPolicyRules({
      alarm_policy: alarm_policy_id,
      rules: [{ meter: 'memory', condition_type: 'gt', thresholds: 99 }],
    })
    await api.client.applyAlarmPolicy({ alarm_policy: alarm_policy_id })
    await api.drainJobs()
    expect((await api.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).alarm_policy_set[0]!.is_applied).toBe(1)
    const history = await api.client.describeAlarmHistory({ alarm: alarm_id, history_type: 'config_update' })
    expect(history.alarm_history_set.map((h) => h.description)).toContain('configuration update')
    expect((await refusal(api.client.applyAlarmPolicy({ alarm_policy: 'alp-nothere0' }))).ret_code).toBe(2100)
  })
})
