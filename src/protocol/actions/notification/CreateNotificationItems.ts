import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { NotificationItem, notificationItemTypes } from '../../records/alarm.js'

export const CreateNotificationItems = defineAction({
  name: 'CreateNotificationItems',
  service: 'notification',
  summary: 'Create notification items: an email address, a phone number or a webhook URL.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_item' },
  params: {
    notification_items: p
      .objects(
        {
          notification_item_type: p.enum(notificationItemTypes).required().describe('email, phone or webhook'),
          content: p.string({ max: 1024 }).required().describe('the address, number or URL'),
          remarks: p.string({ max: 1024 }).describe('a note'),
        },
        { maxItems: 50 },
      )
      .required()
      .describe('the items'),
  },
  response: {
    notification_item_set: z.array(NotificationItem),
  },
  errors: ['MissingParameter', 'InvalidParameter'],
})
