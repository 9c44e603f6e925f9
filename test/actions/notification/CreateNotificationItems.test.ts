import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateNotificationItems', () => {
  it('creates email, phone and webhook items; refuses content that does not fit its type', async () => {
    await using api = await startTestServer()
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [
        { notification_item_type: 'email', content: 'a@example.com', remarks: 'ops' },
        { notification_item_type: 'phone', content: '+86-10-1234567' },
        { notification_item_type: 'webhook', content: 'https://hooks.example.com/qc' },
      ],
    })
    expect(notification_item_set.map((i) => [i.notification_item_type, i.verified])).toEqual([
      ['email', 1],
      ['phone', 1],
      ['webhook', 1],
    ])
    const bad = await refusal(
      api.client.createNotificationItems({ notification_items: [{ notification_item_type: 'webhook', content: 'ftp://x' }] }),
    )
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('notification_items.1.content')])
  })
})
