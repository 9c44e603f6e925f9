import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import type { Queryable } from '../../db/database.js'
import { findNotificationItems, itemsOfLists, listNotificationLists, type NotificationListRow } from '../../db/stores/notifications.js'
import { itemRecord } from './records.js'

/** Every item named must exist (the authorize stage checked whose they are). */
export async function requireItems(q: Queryable, ids: readonly string[]): Promise<void> {
  const found = new Set((await findNotificationItems(q, ids)).map((r) => r.notification_item_id))
  const missing = ids.find((id) => !found.has(id))
  if (missing) throw new ApiError('ResourceNotFound', { resource: 'notification item', id: missing })
}

export async function listOf(q: Queryable, owner: string, id: string): Promise<NotificationListRow> {
  const [row] = await listNotificationLists(q, { owner, ids: [id] })
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'notification list', id })
  return row
}

export async function listRecords(q: Queryable, rows: readonly NotificationListRow[]) {
  const items = await itemsOfLists(
    q,
    rows.map((r) => r.notification_list_id),
  )
  return rows.map((row) => ({
    notification_list_id: row.notification_list_id,
    notification_list_name: row.notification_list_name,
    owner: row.owner,
    items: (items.get(row.notification_list_id) ?? []).map(itemRecord),
    create_time: wireTime(row.create_time),
  }))
}
