import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { NotificationList } from '../../records/alarm.js'

export const DescribeNotificationLists = defineAction({
  name: 'DescribeNotificationLists',
  service: 'notification',
  summary: "List the caller's notification lists with their items.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_list' },
  params: {
    notification_lists: p.list(p.id('notification_list')).describe('list IDs'),
    search_word: p.searchWord(),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    notification_list_set: z.array(NotificationList),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
