import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyNotificationListAttributes = defineAction({
  name: 'ModifyNotificationListAttributes',
  service: 'notification',
  summary: 'Rename a notification list or replace its items.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_list' },
  params: {
    notification_list: p.id('notification_list').required().describe('the list'),
    notification_list_name: p.string({ max: 256 }).describe('new name'),
    notification_items: p.list(p.id('notification_item'), { maxItems: 50 }).describe('the new items'),
  },
  response: {
    notification_list_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound'],
})
