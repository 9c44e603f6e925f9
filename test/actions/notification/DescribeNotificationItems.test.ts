import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'

describe('DescribeNotificationItems', () => {
  it("lists the caller's items, by type and by list", async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [
        { notification_item_type: 'email', content: 'a@example.com' },
        { notification_item_type: 'phone', content: '13800000000' },
      ],
    })
    const { notification_list_id } = await api.client.createNotificationList({
      notification_list_name: 'l',
      notification_items: [notification_item_set[1]!.notification_item_id],
    })
    expect(
      (await api.client.describeNotificationItems({ notification_item_type: 'email' })).notification_item_set.map((i) => i.content),
    ).toEqual(['a@example.com'])
    expect(
      (await api.client.describeNotificationItems({ notification_list: notification_list_id })).notification_item_set.map((i) => i.content),
    ).toEqual(['13800000000'])
    const stranger = await api.newUser()
    expect((await stranger.client.describeNotificationItems({})).total_count).toBe(0)
  })
})
