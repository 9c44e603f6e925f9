import { NotificationItem } from '../records/alarm.js'
import { defineResourceType } from './define.js'

export const notification_item = defineResourceType({
  prefix: 'nli-',
  label: 'notification item',
  records: { schema: NotificationItem, setKey: 'notification_item_set', idField: 'notification_item_id' },
})
