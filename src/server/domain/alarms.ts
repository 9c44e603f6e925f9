import type { MeterValue } from './meters.js'

/** What ApplyAlarmPolicy put in force: the alarms evaluate this, not the policy's pending edits. */
export interface AppliedConfig {
  period: string
  notice_count: number
  rules: AppliedRule[]
  actions: Array<{ trigger_action: string; trigger_status: string }>
}

export interface AppliedRule {
  alarm_policy_rule_id: string
  meter: string
  condition_type: string
  thresholds: number
  data_processor: string
  consecutive_periods: number
  period_start_hhmm: string
  period_end_hhmm: string
}

export type AlarmState = 'ok' | 'alarm' | 'insufficient'

export function periodMs(period: string): number {
  return period === '1m' ? 60_000 : 300_000
}

/**
 * The number a rule compares with its threshold (docs/compat.md#alarm-thresholds): cpu and memory,
 * sent in per mille, compare in percent (value / 10); a pair ([in, out]) compares its larger half;
 * `percent` makes traffic a share of the EIP's bandwidth; a usage text compares its percent.
 */
export function comparable(meter: string, value: MeterValue, rule: Pick<AppliedRule, 'data_processor'>, bandwidthBps?: number): number {
  let n: number
  if (typeof value === 'string') n = Number(value.split('|')[1] ?? NaN)
  else if (Array.isArray(value)) n = Math.max(value[0], value[1])
  else n = value
  if (meter === 'cpu' || meter === 'memory') return n / 10
  if (rule.data_processor === 'percent' && bandwidthBps) return (100 * n) / bandwidthBps
  return n
}

export function holds(rule: Pick<AppliedRule, 'condition_type' | 'thresholds'>, n: number): boolean {
  return rule.condition_type === 'gt' ? n > rule.thresholds : n < rule.thresholds
}

/** Whether `t` (ms) falls in the rule's active hours, read in Beijing time as QingCloud's console shows them. */
export function activeAt(rule: Pick<AppliedRule, 'period_start_hhmm' | 'period_end_hhmm'>, t: number): boolean {
  const minutes = Math.floor((((t / 60_000 + 8 * 60) % 1440) + 1440) % 1440)
  const read = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
  const from = read(rule.period_start_hhmm)
  const to = read(rule.period_end_hhmm)
  return from <= to ? minutes >= from && minutes <= to : minutes >= from || minutes <= to
}

/**
 * One period's verdict: `alarm` when a rule has held for its consecutive periods, `insufficient`
 * when no rule had a sample (the resource was not running), `ok` otherwise. `streaks` counts, per
 * rule, the periods in a row it has held; the new counts are returned.
 */
export function judge(
  rules: readonly AppliedRule[],
  samples: ReadonlyMap<string, number | undefined>,
  streaks: Readonly<Record<string, number>>,
  t: number,
): { status: AlarmState; streaks: Record<string, number>; firing: AppliedRule[] } {
  const next: Record<string, number> = {}
  const firing: AppliedRule[] = []
  let sampled = false
  for (const rule of rules) {
    const n = samples.get(rule.alarm_policy_rule_id)
    if (n !== undefined) sampled = true
    const held = n !== undefined && activeAt(rule, t) && holds(rule, n)
    next[rule.alarm_policy_rule_id] = held ? (streaks[rule.alarm_policy_rule_id] ?? 0) + 1 : 0
    if (held && next[rule.alarm_policy_rule_id]! >= rule.consecutive_periods) firing.push(rule)
  }
  const status: AlarmState = firing.length > 0 ? 'alarm' : sampled ? 'ok' : 'insufficient'
  return { status, streaks: next, firing }
}
export type HistoryType = 'trigger_action' | 'status_change' | 'config_update'
