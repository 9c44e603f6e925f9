import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { newId } from '../../../domain/ids.js'
import { alarmsOf, findAlarmPolicies, insertAlarmHistory, insertAlarms } from '../../../db/stores/alarms.js'
import { registerResources } from '../../../db/stores/resources.js'
import { periodMs } from '../../../domain/alarms.js'
import { defineJobKind, ids } from '../../kind.js'

export const alarmPolicyDirective = z.object({ alarm_policy: z.string(), resources: ids })

/**
 * One alarm per resource and policy (docs/compat.md#alarm-evaluation): it starts `insufficient` and is
 * evaluated from the period this step ends in. A resource already associated keeps its alarm.
 */
export const AssociateAlarmPolicy = defineJobKind({
  directive: alarmPolicyDirective,
  steps: [
    {
      realisticMs: 1000,
      run: async ({ tx, directive, now }) => {
        const [policy] = await findAlarmPolicies(tx.db, [directive.alarm_policy])
        if (!policy) return
        const existing = new Set((await alarmsOf(tx.db, { policies: [policy.alarm_policy_id] })).map((a) => a.resource_id))
        const at = isoAt(now)
        const step = periodMs(policy.period)
        const rows = directive.resources
          .filter((r) => !existing.has(r))
          .map((resource_id) => ({
            alarm_id: newId('alm-'),
            alarm_policy_id: policy.alarm_policy_id,
            resource_id,
            related_resource: '',
            status: 'insufficient',
            status_time: at,
            evaluated_until: isoAt(Math.floor(now / step) * step),
            streaks: '{}',
            owner: policy.owner,
            zone_id: policy.zone_id,
            create_time: at,
          }))
        await insertAlarms(tx, rows)
        await registerResources(
          { tx, createIn: undefined },
          rows.map((r) => ({
            resource_id: r.alarm_id,
            resource_type: 'alarm' as const,
            owner: r.owner,
            zone_id: r.zone_id,
            create_time: at,
          })),
        )
        await insertAlarmHistory(
          tx,
          rows.map((r) => ({
            alarm_history_id: newId('almh-'),
            alarm_id: r.alarm_id,
            history_type: 'config_update',
            description: `associated with alarm policy [${policy.alarm_policy_id}]`,
            create_time: at,
          })),
        )
      },
    },
  ],
})
