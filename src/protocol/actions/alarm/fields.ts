import { p } from '../../params.js'
import { alarmLevels, alarmStatuses, conditionTypes, dataProcessors } from '../../records/alarm.js'

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** The fields of a rule, shared by CreateAlarmPolicy and AddAlarmPolicyRules. */
export const ruleFields = {
  alarm_policy_rule_name: p.string({ max: 256 }).describe('name'),
  meter: p.string({ max: 128 }).required().describe('a meter of the policy type, as GetMonitor names it (cpu, memory, traffic, …)'),
  condition_type: p.enum(conditionTypes).required().describe('gt or lt'),
  thresholds: p
    .int({ min: 0, max: 1_000_000_000_000 })
    .required()
    .describe('compared in the unit of docs/compat.md#alarm-thresholds (cpu and memory in percent)'),
  data_processor: p.enum(dataProcessors).default('raw').describe('raw, or percent of the EIP bandwidth (traffic only)'),
  consecutive_periods: p.int({ min: 1, max: 100 }).default(1).describe('periods in a row the condition must hold'),
  period_start_hhmm: p.string({ pattern: HHMM, patternDoc: 'hh:mm' }).default('00:00').describe('active from (Beijing time)'),
  period_end_hhmm: p.string({ pattern: HHMM, patternDoc: 'hh:mm' }).default('23:59').describe('active until (Beijing time)'),
  alarm_level_id: p.enum(alarmLevels).default('level-00000000').describe('level-00000000 high, level-00000001 low'),
}

/** The fields of an action: which notification list hears of which status. */
export const actionFields = {
  trigger_action: p.id('notification_list').required().describe('the notification list'),
  trigger_status: p.enum(alarmStatuses).required().describe('ok, alarm or insufficient'),
}
