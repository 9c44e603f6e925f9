import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'

describe('DescribeNotificationLists', () => {
  it('lists the lists with their items', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [{ notification_item_type: 'email', content: 'a@example.com' }],
    })
    const { notification_list_id } = await api.client.createNotificationList({
      notification_list_name: 'operators',
      notification_items: [notification_item_set[0]!.notification_item_id],
    })
    const { notification_list_set, total_count } = await api.client.describeNotificationLists({ search_word: 'OPERA' })
    expect(total_count).toBe(1)
    expect(notification_list_set[0]).toMatchObject({
      notification_list_id,
      notification_list_name: 'operators',
      items: [{ content: 'a@example.com' }],
    })
    const stranger = await api.newUser()
    expect((await stranger.client.describeNotificationLists({})).total_count).toBe(0)
  })
})
