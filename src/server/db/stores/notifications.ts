import type { Queryable, Tx } from '../database.js'
import type { NotificationItemsTable, NotificationListsTable, NotificationsTable } from '../schema/monitoring.js'
import { ofIds } from './ids.js'
import { matchesWord } from './search.js'

export type NotificationListRow = NotificationListsTable
export type NotificationItemRow = NotificationItemsTable
export type NotificationRow = NotificationsTable

export async function insertNotificationItems(tx: Tx, rows: NotificationItemRow[]): Promise<void> {
  if (rows.length) await tx.db.insertInto('notification_items').values(rows).execute()
}

export async function findNotificationItems(q: Queryable, ids: readonly string[]): Promise<NotificationItemRow[]> {
  return ofIds(ids, (list) => q.selectFrom('notification_items').selectAll().where('notification_item_id', 'in', list).execute())
}

export async function listNotificationItems(
  q: Queryable,
  f: { owner: string; ids?: string[] | undefined; list?: string | undefined; type?: string | undefined },
): Promise<NotificationItemRow[]> {
  let query = q.selectFrom('notification_items').selectAll().where('owner', '=', f.owner)
  if (f.ids) query = query.where('notification_item_id', 'in', f.ids.length ? f.ids : [''])
  if (f.type !== undefined) query = query.where('notification_item_type', '=', f.type)
  if (f.list !== undefined) {
    const list = f.list
    query = query.where('notification_item_id', 'in', (eb) =>
      eb.selectFrom('notification_list_items').select('notification_item_id').where('notification_list_id', '=', list),
    )
  }
  return query.orderBy('create_time').orderBy('notification_item_id').execute()
}

export async function deleteNotificationItems(tx: Tx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await tx.db
    .deleteFrom('notification_list_items')
    .where('notification_item_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('notification_items')
    .where('notification_item_id', 'in', [...ids])
    .execute()
}

export async function insertNotificationList(tx: Tx, row: NotificationListRow, items: readonly string[]): Promise<void> {
  await tx.db.insertInto('notification_lists').values(row).execute()
  await setListItems(tx, row.notification_list_id, items)
}

export async function setListItems(tx: Tx, notification_list_id: string, items: readonly string[]): Promise<void> {
  await tx.db.deleteFrom('notification_list_items').where('notification_list_id', '=', notification_list_id).execute()
  const rows = [...new Set(items)].map((notification_item_id) => ({ notification_list_id, notification_item_id }))
  if (rows.length) await tx.db.insertInto('notification_list_items').values(rows).execute()
}

export async function updateNotificationList(tx: Tx, id: string, changes: Partial<NotificationListRow>): Promise<void> {
  if (Object.keys(changes).length)
    await tx.db.updateTable('notification_lists').set(changes).where('notification_list_id', '=', id).execute()
}

export async function listNotificationLists(
  q: Queryable,
  f: { owner: string; ids?: string[] | undefined; search_word?: string | undefined },
): Promise<NotificationListRow[]> {
  let query = q.selectFrom('notification_lists').selectAll().where('owner', '=', f.owner)
  if (f.ids) query = query.where('notification_list_id', 'in', f.ids.length ? f.ids : [''])
  if (f.search_word) query = query.where(matchesWord('notification_list_id', 'notification_list_name', f.search_word))
  return query.orderBy('create_time').orderBy('notification_list_id').execute()
}

export async function deleteNotificationLists(tx: Tx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await tx.db
    .deleteFrom('notification_list_items')
    .where('notification_list_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('notification_lists')
    .where('notification_list_id', 'in', [...ids])
    .execute()
}

/** Items of each list: list id → item rows. */
export async function itemsOfLists(q: Queryable, lists: readonly string[]): Promise<Map<string, NotificationItemRow[]>> {
  const rows = await ofIds(lists, (list) =>
    q
      .selectFrom('notification_list_items')
      .innerJoin('notification_items', 'notification_items.notification_item_id', 'notification_list_items.notification_item_id')
      .selectAll('notification_items')
      .select('notification_list_items.notification_list_id')
      .where('notification_list_items.notification_list_id', 'in', list)
      .orderBy('notification_items.create_time')
      .execute(),
  )
  const byList = new Map<string, NotificationItemRow[]>()
  for (const { notification_list_id, ...item } of rows)
    byList.set(notification_list_id, [...(byList.get(notification_list_id) ?? []), item])
  return byList
}

export async function insertNotifications(tx: Tx, rows: NotificationRow[]): Promise<void> {
  if (rows.length) await tx.db.insertInto('notifications').values(rows).execute()
}

export async function notificationsOf(q: Queryable, alarm_id: string): Promise<NotificationRow[]> {
  return q.selectFrom('notifications').selectAll().where('alarm_id', '=', alarm_id).orderBy('create_time').execute()
}
