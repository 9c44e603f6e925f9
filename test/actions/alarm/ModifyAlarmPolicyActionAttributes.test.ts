import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyAlarmPolicyActionAttributes', () => {
  it('changes the status an action hears of', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await watchedInstance(api)
    const [action] = (await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })).alarm_policy_action_set
    await api.client.modifyAlarmPolicyActionAttributes({ alarm_policy_action: action!.alarm_policy_action_id, trigger_status: 'ok' })
    expect(
      (await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })).alarm_policy_action_set[0]!.trigger_status,
    ).toBe('ok')
    const bad = await refusal(
      api.client.call('ModifyAlarmPolicyActionAttributes', {
        alarm_policy_action: action!.alarm_policy_action_id,
        trigger_status: 'panic',
      } as never),
    )
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('trigger_status')])
  })
})
