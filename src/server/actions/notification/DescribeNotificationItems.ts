import { listNotificationItems } from '../../db/stores/notifications.js'
import type { Handler } from '../types.js'
import { itemRecord } from './records.js'

export const DescribeNotificationItems: Handler<'DescribeNotificationItems'> = async (params, { tx, caller }) => {
  const rows = await listNotificationItems(tx.db, {
    owner: caller.user_id,
    ids: params.notification_items,
    list: params.notification_list,
    type: params.notification_item_type,
  })
  return { notification_item_set: rows.slice(params.offset, params.offset + params.limit).map(itemRecord), total_count: rows.length }
}
