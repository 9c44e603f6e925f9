import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyAlarmPolicyAttributes', () => {
  it('renames a policy; a new period waits for ApplyAlarmPolicy', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    await api.client.modifyAlarmPolicyAttributes({
      alarm_policy: alarm_policy_id,
      alarm_policy_name: 'calm',
      period: '1m',
      description: 'd',
    })
    const [policy] = (await api.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).alarm_policy_set
    expect(policy).toMatchObject({ alarm_policy_name: 'calm', period: '1m', description: 'd', is_applied: 0 })
    const stranger = await api.newUser()
    expect(
      (await refusal(stranger.client.modifyAlarmPolicyAttributes({ alarm_policy: alarm_policy_id, alarm_policy_name: 'x' }))).ret_code,
    ).toBe(2100)
  })
})
