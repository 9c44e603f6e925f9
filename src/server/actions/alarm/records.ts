import { wireTime } from '../../../protocol/time.js'
import type { AlarmRow } from '../../db/stores/alarms.js'
import type { AlarmState } from '../../domain/alarms.js'

export function alarmRecord(row: AlarmRow) {
  return {
    alarm_id: row.alarm_id,
    status: row.status as AlarmState,
    alarm_policy_id: row.alarm_policy_id,
    resource_id: row.resource_id,
    related_resource: row.related_resource,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
  }
}
