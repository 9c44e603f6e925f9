import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeAlarmHistory } from '../../db/stores/alarms.js'
import type { HistoryType } from '../../domain/alarms.js'
import type { Handler } from '../types.js'
import { alarmOf } from './lookups.js'

export const DescribeAlarmHistory: Handler<'DescribeAlarmHistory'> = async (params, { tx, caller }) => {
  const alarm = await alarmOf(tx.db, params.alarm)
  if (alarm.owner !== caller.user_id) throw new ApiError('ResourceNotFound', { resource: 'alarm', id: params.alarm })
  const { rows, total } = await describeAlarmHistory(tx.db, { alarm_id: alarm.alarm_id, history_type: params.history_type }, params)
  return {
    alarm_history_set: rows.map((r) => ({ ...r, history_type: r.history_type as HistoryType, create_time: wireTime(r.create_time) })),
    total_count: total,
  }
}
