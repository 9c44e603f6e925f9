import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddAlarmPolicyActions', () => {
  it('adds an action naming a notification list; a list of another user is 2100', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, notification_list_id } = await watchedInstance(api)
    const { alarm_policy_actions } = await api.client.addAlarmPolicyActions({
      alarm_policy: alarm_policy_id,
      actions: [{ trigger_action: notification_list_id, trigger_status: 'insufficient' }],
    })
    expect(alarm_policy_actions).toEqual([expect.stringMatching(/^alpa-/)])
    const stranger = await api.newUser()
    const theirs = await watchedInstance(api, stranger.client)
    const foreign = await refusal(
      api.client.addAlarmPolicyActions({
        alarm_policy: alarm_policy_id,
        actions: [{ trigger_action: theirs.notification_list_id, trigger_status: 'ok' }],
      }),
    )
    expect(foreign.ret_code).toBe(2100)
  })
})
