import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { alarmsOf, updateAlarmPolicy } from '../../db/stores/alarms.js'
import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'

/** A policy still associated with resources is refused (QingCloud dissociates first). */
export const DeleteAlarmPolicies: Handler<'DeleteAlarmPolicies'> = async (params, { tx, now }) => {
  for (const id of params.alarm_policies) await policyOf(tx.db, id)
  const alarms = await alarmsOf(tx.db, { policies: params.alarm_policies })
  if (alarms.length > 0) {
    throw new ApiError('InvalidParameter', {
      param: 'alarm_policies',
      reason: `alarm policy [${alarms[0]!.alarm_policy_id}] is associated with [${alarms[0]!.resource_id}]: dissociate it first`,
    })
  }
  for (const id of params.alarm_policies) await updateAlarmPolicy(tx, id, { status: 'deleted', status_time: isoAt(now) })
  return { alarm_policies: params.alarm_policies }
}
