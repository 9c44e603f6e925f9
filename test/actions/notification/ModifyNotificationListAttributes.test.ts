import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyNotificationListAttributes', () => {
  it('renames a list and replaces its items', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [
        { notification_item_type: 'email', content: 'a@example.com' },
        { notification_item_type: 'email', content: 'b@example.com' },
      ],
    })
    const [a, b] = notification_item_set.map((i) => i.notification_item_id)
    const { notification_list_id } = await api.client.createNotificationList({ notification_list_name: 'ops', notification_items: [a!] })
    await api.client.modifyNotificationListAttributes({
      notification_list: notification_list_id,
      notification_list_name: 'oncall',
      notification_items: [b!],
    })
    const [list] = (await api.client.describeNotificationLists({ notification_lists: [notification_list_id] })).notification_list_set
    expect([list!.notification_list_name, list!.items.map((i) => i.content)]).toEqual(['oncall', ['b@example.com']])
    expect((await refusal(api.client.modifyNotificationListAttributes({ notification_list: 'nl-nothere0' }))).ret_code).toBe(2100)
  })
})
