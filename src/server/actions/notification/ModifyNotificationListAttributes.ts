import { setListItems, updateNotificationList } from '../../db/stores/notifications.js'
import type { Handler } from '../types.js'
import { listOf, requireItems } from './lists.js'

export const ModifyNotificationListAttributes: Handler<'ModifyNotificationListAttributes'> = async (params, { tx, caller }) => {
  const list = await listOf(tx.db, caller.user_id, params.notification_list)
  if (params.notification_list_name !== undefined) {
    await updateNotificationList(tx, list.notification_list_id, { notification_list_name: params.notification_list_name.trim() })
  }
  if (params.notification_items !== undefined) {
    await requireItems(tx.db, params.notification_items)
    await setListItems(tx, list.notification_list_id, params.notification_items)
  }
  return { notification_list_id: list.notification_list_id }
}
