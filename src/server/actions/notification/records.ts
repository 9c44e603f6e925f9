import { wireTime } from '../../../protocol/time.js'
import type { NotificationItemRow } from '../../db/stores/notifications.js'

export function itemRecord(row: NotificationItemRow) {
  return {
    notification_item_id: row.notification_item_id,
    notification_item_type: row.notification_item_type as 'email' | 'phone' | 'webhook',
    content: row.content,
    remarks: row.remarks,
    owner: row.owner,
    // qingstack sends nothing to verify: every item counts as verified (docs/compat.md#alarm-notifications).
    verified: 1,
    create_time: wireTime(row.create_time),
  }
}
