import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { newId } from '../../../domain/ids.js'
import { actionsOf, alarmsOf, findAlarmPolicies, insertAlarmHistory, rulesOf, updateAlarmPolicy } from '../../../db/stores/alarms.js'
import type { AppliedConfig } from '../../../domain/alarms.js'
import { defineJobKind } from '../../kind.js'

/**
 * What the policy says now becomes what its alarms evaluate (docs/compat.md#alarm-evaluation): the
 * period, the rules and the actions are copied into `applied_config`; each alarm's history gets a
 * `config_update`.
 */
export const ApplyAlarmPolicy = defineJobKind({
  directive: z.object({ alarm_policy: z.string() }),
  steps: [
    {
      realisticMs: 1000,
      run: async ({ tx, directive, now }) => {
        const [policy] = await findAlarmPolicies(tx.db, [directive.alarm_policy])
        if (!policy) return
        const config: AppliedConfig = {
          period: policy.period,
          notice_count: policy.notice_count,
          rules: (await rulesOf(tx.db, { policies: [policy.alarm_policy_id] })).map((r) => ({
            alarm_policy_rule_id: r.alarm_policy_rule_id,
            meter: r.meter,
            condition_type: r.condition_type,
            thresholds: Number(r.thresholds),
            data_processor: r.data_processor,
            consecutive_periods: r.consecutive_periods,
            period_start_hhmm: r.period_start_hhmm,
            period_end_hhmm: r.period_end_hhmm,
          })),
          actions: (await actionsOf(tx.db, { policies: [policy.alarm_policy_id] })).map((a) => ({
            trigger_action: a.trigger_action,
            trigger_status: a.trigger_status,
          })),
        }
        await updateAlarmPolicy(tx, policy.alarm_policy_id, { applied_config: JSON.stringify(config), is_applied: 1 })
        const at = isoAt(now)
        const alarms = await alarmsOf(tx.db, { policies: [policy.alarm_policy_id] })
        await insertAlarmHistory(
          tx,
          alarms.map((a) => ({
            alarm_history_id: newId('almh-'),
            alarm_id: a.alarm_id,
            history_type: 'config_update',
            description: 'configuration update',
            create_time: at,
          })),
        )
      },
    },
  ],
})
