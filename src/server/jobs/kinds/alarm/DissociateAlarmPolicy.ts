import { isoAt } from '../../../domain/clock.js'
import { alarmsOf, deleteAlarms } from '../../../db/stores/alarms.js'
import { unregisterResources } from '../../../db/stores/resources.js'
import { defineJobKind } from '../../kind.js'
import { alarmPolicyDirective } from './AssociateAlarmPolicy.js'

/** The alarms of the policy on these resources go, with their registration. */
export const DissociateAlarmPolicy = defineJobKind({
  directive: alarmPolicyDirective,
  steps: [
    {
      realisticMs: 1000,
      run: async ({ tx, directive, now }) => {
        const alarms = await alarmsOf(tx.db, { policies: [directive.alarm_policy], resources: directive.resources })
        const ids = alarms.map((a) => a.alarm_id)
        await deleteAlarms(tx, ids)
        await unregisterResources(tx, ids, isoAt(now))
      },
    },
  ],
})
