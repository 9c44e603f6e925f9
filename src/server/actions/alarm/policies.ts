import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import type { AlarmActionRow, AlarmPolicyRow, AlarmRuleRow } from '../../db/stores/alarms.js'
import { alarmsOf, insertAlarmActions, insertAlarmRules, rulesOf, updateAlarmPolicy } from '../../db/stores/alarms.js'
import { registerNew } from '../../db/stores/resources.js'
import type { HandlerContext } from '../types.js'

export interface RuleInput {
  alarm_policy_rule_name?: string | undefined
  meter: string
  condition_type: string
  thresholds: number
  data_processor?: string | undefined
  consecutive_periods?: number | undefined
  period_start_hhmm?: string | undefined
  period_end_hhmm?: string | undefined
  alarm_level_id?: string | undefined
}

const meterPatterns: Record<string, RegExp> = {
  instance: /^(cpu|memory|disk-(iops-|us-)?[a-z0-9-]+|if-[0-9a-f:]+)$/,
  eip: /^(traffic|flow)$/,
  router: /^(vxnet-[a-z0-9]+)$/,
}

/** Inserts rules of a policy, checking each meter fits the policy type (1100 naming `rules.N.meter`). */
export async function addRules(ctx: HandlerContext, policy: AlarmPolicyRow, rules: readonly RuleInput[]): Promise<string[]> {
  const at = isoAt(ctx.now)
  const rows: AlarmRuleRow[] = rules.map((rule, i) => {
    const meter = rule.meter.toLowerCase()
    if (!meterPatterns[policy.alarm_policy_type]?.test(meter)) {
      throw new ApiError('InvalidParameter', {
        param: `rules.${i + 1}.meter`,
        reason: `[${rule.meter}] is not a meter of a ${policy.alarm_policy_type}`,
      })
    }
    if (rule.data_processor === 'percent' && meter !== 'traffic') {
      throw new ApiError('InvalidParameter', {
        param: `rules.${i + 1}.data_processor`,
        reason: 'percent applies to the traffic of an EIP only',
      })
    }
    return {
      alarm_policy_rule_id: newId('alpr-'),
      alarm_policy_id: policy.alarm_policy_id,
      alarm_policy_rule_name: rule.alarm_policy_rule_name ?? '',
      meter,
      condition_type: rule.condition_type,
      thresholds: String(rule.thresholds),
      data_processor: rule.data_processor ?? 'raw',
      consecutive_periods: rule.consecutive_periods ?? 1,
      period_start_hhmm: rule.period_start_hhmm ?? '00:00',
      period_end_hhmm: rule.period_end_hhmm ?? '23:59',
      alarm_level_id: rule.alarm_level_id ?? 'level-00000000',
      create_time: at,
    }
  })
  await insertAlarmRules(ctx.tx, rows)
  const ids = rows.map((r) => r.alarm_policy_rule_id)
  await registerNew(ctx, 'alarm_policy_rule', ids, { owner: policy.owner, zone_id: policy.zone_id, create_time: at })
  await markChanged(ctx, policy.alarm_policy_id)
  return ids
}

export async function addActions(
  ctx: HandlerContext,
  policy: AlarmPolicyRow,
  actions: ReadonlyArray<{ trigger_action: string; trigger_status: string }>,
): Promise<string[]> {
  const at = isoAt(ctx.now)
  const rows: AlarmActionRow[] = actions.map((a) => ({
    alarm_policy_action_id: newId('alpa-'),
    alarm_policy_id: policy.alarm_policy_id,
    trigger_action: a.trigger_action,
    trigger_status: a.trigger_status,
    create_time: at,
  }))
  await insertAlarmActions(ctx.tx, rows)
  const ids = rows.map((r) => r.alarm_policy_action_id)
  await registerNew(ctx, 'alarm_policy_action', ids, { owner: policy.owner, zone_id: policy.zone_id, create_time: at })
  await markChanged(ctx, policy.alarm_policy_id)
  return ids
}

/** A change waits for ApplyAlarmPolicy (is_applied 0). */
export async function markChanged(ctx: HandlerContext, alarm_policy_id: string): Promise<void> {
  await updateAlarmPolicy(ctx.tx, alarm_policy_id, { is_applied: 0 })
}

/** A policy record: `resources` are those associated with it. */
export async function policyRecords(ctx: HandlerContext, rows: readonly AlarmPolicyRow[]) {
  const alarms = await alarmsOf(ctx.tx.db, { policies: rows.map((r) => r.alarm_policy_id) })
  return rows.map((row) => ({
    alarm_policy_id: row.alarm_policy_id,
    alarm_policy_name: row.alarm_policy_name,
    alarm_policy_type: row.alarm_policy_type,
    period: row.period,
    notice_count: row.notice_count,
    description: row.description,
    resources: alarms.filter((a) => a.alarm_policy_id === row.alarm_policy_id).map((a) => a.resource_id),
    is_applied: row.is_applied,
    status: row.status,
    owner: row.owner,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
  }))
}

export function ruleRecord(row: AlarmRuleRow) {
  return { ...row, consecutive_periods: String(row.consecutive_periods), create_time: wireTime(row.create_time) }
}

export async function rulesOfPolicies(ctx: HandlerContext, policies: readonly string[]) {
  return rulesOf(ctx.tx.db, { policies })
}
