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
  data_processor: p.enum(dataProcessors).describe('raw (default), or percent of the EIP bandwidth (traffic only)'),
  consecutive_periods: p.int({ min: 1, max: 100 }).describe('periods in a row the condition must hold; default 1'),
  period_start_hhmm: p.string({ pattern: HHMM, patternDoc: 'hh:mm' }).describe('active from (Beijing time); default 00:00'),
  period_end_hhmm: p.string({ pattern: HHMM, patternDoc: 'hh:mm' }).describe('active until (Beijing time); default 23:59'),
  alarm_level_id: p.enum(alarmLevels).describe('level-00000000 high (default), level-00000001 low'),
}

/** The fields of an action: which notification list hears of which status. */
export const actionFields = {
  trigger_action: p.id('notification_list').required().describe('the notification list'),
  trigger_status: p.enum(alarmStatuses).required().describe('ok, alarm or insufficient'),
}
