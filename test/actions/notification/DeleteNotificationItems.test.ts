import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteNotificationItems', () => {
  it('deletes items, which leave their lists; another user cannot', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [{ notification_item_type: 'email', content: 'a@example.com' }],
    })
    const id = notification_item_set[0]!.notification_item_id
    const { notification_list_id } = await api.client.createNotificationList({ notification_list_name: 'l', notification_items: [id] })
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.deleteNotificationItems({ notification_items: [id] }))).ret_code).toBe(2100)
    await api.client.deleteNotificationItems({ notification_items: [id] })
    expect(
      (await api.client.describeNotificationLists({ notification_lists: [notification_list_id] })).notification_list_set[0]!.items,
    ).toEqual([])
  })
})
