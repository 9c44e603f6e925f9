import { describeAlarms } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { alarmRecord } from './records.js'

export const DescribeAlarms: Handler<'DescribeAlarms'> = async (params, { tx, caller, zone }) => {
  const { rows, total } = await describeAlarms(
    tx.db,
    { owner: caller.user_id, zone_id: zone, ids: params.alarms, policy: params.policy, status: params.status, resource: params.resource },
    { offset: params.offset, limit: params.limit },
  )
  return { alarm_set: rows.map(alarmRecord), total_count: total }
}
