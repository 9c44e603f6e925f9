import { isoAt } from '../../domain/clock.js'
import { deleteAlarmActions } from '../../db/stores/alarms.js'
import { deleteNotificationLists } from '../../db/stores/notifications.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { listOf } from './lists.js'

/** Alarm policy actions naming a deleted list go with it (an action without a list could tell no one). */
export const DeleteNotificationLists: Handler<'DeleteNotificationLists'> = async (params, { tx, now, caller }) => {
  for (const id of params.notification_lists) await listOf(tx.db, caller.user_id, id)
  await deleteAlarmActions(tx, { lists: params.notification_lists })
  await deleteNotificationLists(tx, params.notification_lists)
  await unregisterResources(tx, params.notification_lists, isoAt(now))
  return { notification_lists: params.notification_lists }
}
