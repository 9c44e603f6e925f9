import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteNotificationItems = defineAction({
  name: 'DeleteNotificationItems',
  service: 'notification',
  summary: 'Delete notification items (they leave their lists).',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_item' },
  params: {
    notification_items: p.list(p.id('notification_item')).required().describe('item IDs'),
  },
  response: {
    notification_items: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound'],
})
