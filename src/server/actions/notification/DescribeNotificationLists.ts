import { listNotificationLists } from '../../db/stores/notifications.js'
import type { Handler } from '../types.js'
import { listRecords } from './lists.js'

export const DescribeNotificationLists: Handler<'DescribeNotificationLists'> = async (params, { tx, caller }) => {
  const rows = await listNotificationLists(tx.db, {
    owner: caller.user_id,
    ids: params.notification_lists,
    search_word: params.search_word,
  })
  return {
    notification_list_set: await listRecords(tx.db, rows.slice(params.offset, params.offset + params.limit)),
    total_count: rows.length,
  }
}
