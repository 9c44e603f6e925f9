import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'

describe('DeleteNotificationLists', () => {
  it('deletes a list and the alarm policy actions naming it; its items stay', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [{ notification_item_type: 'email', content: 'a@example.com' }],
    })
    const { notification_list_id } = await api.client.createNotificationList({
      notification_list_name: 'ops',
      notification_items: [notification_item_set[0]!.notification_item_id],
    })
    const { alarm_policy_id } = await api.client.createAlarmPolicy({
      alarm_policy_type: 'instance',
      period: '5m',
      actions: [{ trigger_action: notification_list_id, trigger_status: 'alarm' }],
    })
    await api.client.deleteNotificationLists({ notification_lists: [notification_list_id] })
    expect((await api.client.describeNotificationLists({})).total_count).toBe(0)
    expect((await api.client.describeAlarmPolicyActions({ alarm_policy: alarm_policy_id })).total_count).toBe(0)
    expect((await api.client.describeNotificationItems({})).total_count).toBe(1)
  })
})
