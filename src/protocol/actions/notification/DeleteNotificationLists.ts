import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteNotificationLists = defineAction({
  name: 'DeleteNotificationLists',
  service: 'notification',
  summary: 'Delete notification lists (their items stay); alarm policy actions naming them go too.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'notification_list' },
  params: {
    notification_lists: p.list(p.id('notification_list')).required().describe('list IDs'),
  },
  response: {
    notification_lists: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound'],
})
