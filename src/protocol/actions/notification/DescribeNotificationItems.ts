import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { NotificationItem, notificationItemTypes } from '../../records/alarm.js'

export const DescribeNotificationItems = defineAction({
  name: 'DescribeNotificationItems',
  service: 'notification',
  summary: "List the caller's notification items.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_item' },
  params: {
    notification_items: p.list(p.id('notification_item')).describe('item IDs'),
    notification_list: p.id('notification_list').describe('only items of this list'),
    notification_item_type: p.enum(notificationItemTypes).describe('only this type'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    notification_item_set: z.array(NotificationItem),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
