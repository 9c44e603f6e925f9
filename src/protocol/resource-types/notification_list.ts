import { NotificationList } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const notification_list = defineResourceType({
  prefix: 'nl-',
  label: 'notification list',
  records: { schema: NotificationList, setKey: 'notification_list_set', idField: 'notification_list_id' },
})
