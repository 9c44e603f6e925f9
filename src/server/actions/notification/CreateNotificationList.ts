import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertNotificationList } from '../../db/stores/notifications.js'
import { registerNew } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { requireItems } from './lists.js'

export const CreateNotificationList: Handler<'CreateNotificationList'> = async (params, ctx) => {
  await requireItems(ctx.tx.db, params.notification_items)
  const at = isoAt(ctx.now)
  const notification_list_id = newId('nl-')
  await insertNotificationList(
    ctx.tx,
    { notification_list_id, notification_list_name: params.notification_list_name.trim(), owner: ctx.caller.user_id, create_time: at },
    params.notification_items,
  )
  await registerNew(ctx, 'notification_list', [notification_list_id], { owner: ctx.caller.user_id, zone_id: ctx.zone, create_time: at })
  return { notification_list_id }
}
