import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { deleteNotificationItems, findNotificationItems } from '../../db/stores/notifications.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'

export const DeleteNotificationItems: Handler<'DeleteNotificationItems'> = async (params, { tx, now }) => {
  const found = new Set((await findNotificationItems(tx.db, params.notification_items)).map((r) => r.notification_item_id))
  const missing = params.notification_items.find((id) => !found.has(id))
  if (missing) throw new ApiError('ResourceNotFound', { resource: 'notification item', id: missing })
  await deleteNotificationItems(tx, params.notification_items)
  await unregisterResources(tx, params.notification_items, isoAt(now))
  return { notification_items: params.notification_items }
}
