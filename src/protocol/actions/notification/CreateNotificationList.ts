import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateNotificationList = defineAction({
  name: 'CreateNotificationList',
  service: 'notification',
  summary: 'Create a notification list of notification items, for alarm policy actions.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_list' },
  params: {
    notification_list_name: p.string({ max: 256 }).required().describe('name'),
    notification_items: p.list(p.id('notification_item'), { maxItems: 50 }).required().describe('item IDs'),
  },
  response: {
    notification_list_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
