import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertNotificationItems, type NotificationItemRow } from '../../db/stores/notifications.js'
import { registerNew } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { itemRecord } from './records.js'

const EMAIL = /^[^@\s]+@[^@\s]+$/
const PHONE = /^\+?[0-9-]{5,20}$/

function checkContent(type: string, content: string, index: number): void {
  const param = `notification_items.${index}.content`
  if (type === 'email' && !EMAIL.test(content)) throw new ApiError('InvalidParameter', { param, reason: 'must be an email address' })
  if (type === 'phone' && !PHONE.test(content)) throw new ApiError('InvalidParameter', { param, reason: 'must be a phone number' })
  if (type === 'webhook') {
    let url: URL | undefined
    try {
      url = new URL(content)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new ApiError('InvalidParameter', { param, reason: 'must be an http or https URL' })
  }
}

export const CreateNotificationItems: Handler<'CreateNotificationItems'> = async (params, ctx) => {
  const at = isoAt(ctx.now)
  const rows: NotificationItemRow[] = params.notification_items.map((item, i) => {
    checkContent(item.notification_item_type, item.content, i + 1)
    return {
      notification_item_id: newId('nli-'),
      notification_item_type: item.notification_item_type,
      content: item.content,
      remarks: item.remarks ?? '',
      owner: ctx.caller.user_id,
      create_time: at,
    }
  })
  await insertNotificationItems(ctx.tx, rows)
  await registerNew(
    ctx,
    'notification_item',
    rows.map((r) => r.notification_item_id),
    { owner: ctx.caller.user_id, zone_id: ctx.zone, create_time: at },
  )
  return { notification_item_set: rows.map(itemRecord) }
}
