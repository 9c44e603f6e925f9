import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateNotificationList', () => {
  it('creates a list of items; an unknown item is 2100', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [{ notification_item_type: 'email', content: 'a@example.com' }],
    })
    const { notification_list_id } = await api.client.createNotificationList({
      notification_list_name: 'ops',
      notification_items: [notification_item_set[0]!.notification_item_id],
    })
    expect(notification_list_id).toMatch(/^nl-/)
    expect(
      (await refusal(api.client.createNotificationList({ notification_list_name: 'x', notification_items: ['nli-nothere0'] }))).ret_code,
    ).toBe(2100)
  })
})
