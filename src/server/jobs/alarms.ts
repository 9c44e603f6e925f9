import { isoAt } from '../domain/clock.js'
import { judge, comparable, periodMs, type AlarmState, type AppliedConfig } from '../domain/alarms.js'
import { newId } from '../domain/ids.js'
import { samples } from '../domain/meters.js'
import type { Database, Tx } from '../db/database.js'
import { advanceAlarm, dueAlarms, findAlarmPolicies, insertAlarmHistory, type AlarmRow } from '../db/stores/alarms.js'
import { insertNotifications, itemsOfLists, type NotificationRow } from '../db/stores/notifications.js'
import { monitored, type Monitored } from '../services/monitor.js'
import type { WebhookSender } from './webhooks.js'

/** Alarms read per pass, and periods one alarm evaluates per transaction (a long clock jump takes several). */
const BATCH = 100
const MAX_PERIODS = 2000

/**
 * Evaluates every alarm of an applied policy period by period, from where it stopped up to `now`
 * (docs/compat.md#alarm-evaluation). Each alarm moves in its own transaction with a compare-and-set
 * on `evaluated_until`, so a restart resumes where the last commit left it, two workers never
 * evaluate the same period twice, and a clock jump evaluates every period it skipped. Webhooks go
 * after the commit. Returns how many periods were evaluated.
 */
export async function evaluateAlarms(database: Database, now: number, webhooks: WebhookSender): Promise<number> {
  let periods = 0
  for (;;) {
    const due = await dueAlarms(database.db, isoAt(now - 60_000 + 1), BATCH)
    let progressed = 0
    for (const alarm of due) {
      const n = await database.transaction((tx) => evaluateOne(tx, alarm, now, webhooks))
      periods += n
      if (n > 0) progressed++
    }
    if (due.length < BATCH || progressed === 0) return periods
  }
}

async function evaluateOne(tx: Tx, alarm: AlarmRow, now: number, webhooks: WebhookSender): Promise<number> {
  const [policy] = await findAlarmPolicies(tx.db, [alarm.alarm_policy_id])
  const config = policy?.applied_config ? (JSON.parse(policy.applied_config) as AppliedConfig) : undefined
  const step = periodMs(config?.period ?? policy?.period ?? '5m')
  const from = Date.parse(alarm.evaluated_until)
  const last = Math.min(Math.floor(now / step) * step, from + MAX_PERIODS * step)
  if (last <= from) return 0
  if (!config) {
    // Nothing is in force until ApplyAlarmPolicy: time passes without verdicts.
    await advanceAlarm(tx, alarm, { evaluated_until: isoAt(last) })
    return 0
  }
  const resource = await monitored(tx.db, alarm.resource_id)
  let status = alarm.status as AlarmState
  let streaks = JSON.parse(alarm.streaks) as Record<string, number>
  let status_time = alarm.status_time
  const history: Parameters<typeof insertAlarmHistory>[1] = []
  const sent: NotificationRow[] = []
  const posts: Array<{ url: string; payload: unknown }> = []
  const lists = await itemsOfLists(tx.db, [...new Set(config.actions.map((a) => a.trigger_action))])
  let count = 0
  for (let t = from + step; t <= last; t += step) {
    count++
    const verdict = judge(config.rules, sampleRules(resource, config, t, step), streaks, t)
    streaks = verdict.streaks
    if (verdict.status === status) continue
    const at = isoAt(t)
    history.push({
      alarm_history_id: newId('almh-'),
      alarm_id: alarm.alarm_id,
      history_type: 'status_change',
      description: `${status} -> ${verdict.status}`,
      create_time: at,
    })
    const payload = {
      alarm_id: alarm.alarm_id,
      alarm_policy: alarm.alarm_policy_id,
      resource_id: alarm.resource_id,
      user_id: alarm.owner,
      prev_status: status,
      trigger_status: verdict.status,
      rules: verdict.firing.map((r) => ({
        alarm_policy_rule_id: r.alarm_policy_rule_id,
        meter: r.meter,
        condition_type: r.condition_type,
        thresholds: String(r.thresholds),
      })),
      time: at.slice(0, 19) + 'Z',
    }
    // `ok` is news after an alarm only: a new alarm's first verdict tells no one (docs/compat.md#alarm-evaluation).
    const tell = verdict.status !== 'ok' || status === 'alarm'
    for (const action of config.actions.filter((a) => tell && a.trigger_status === verdict.status)) {
      for (const item of lists.get(action.trigger_action) ?? []) {
        sent.push({
          notification_id: newId('ntf-'),
          alarm_id: alarm.alarm_id,
          notification_list_id: action.trigger_action,
          notification_item_id: item.notification_item_id,
          notification_item_type: item.notification_item_type,
          content: item.content,
          trigger_status: verdict.status,
          payload: JSON.stringify(payload),
          owner: alarm.owner,
          create_time: at,
        })
        history.push({
          alarm_history_id: newId('almh-'),
          alarm_id: alarm.alarm_id,
          history_type: 'trigger_action',
          description: `notified ${item.notification_item_type} [${item.content}] of ${verdict.status}`,
          create_time: at,
        })
        if (item.notification_item_type === 'webhook') posts.push({ url: item.content, payload })
      }
    }
    status = verdict.status
    status_time = at
  }
  const moved = await advanceAlarm(tx, alarm, { evaluated_until: isoAt(last), status, status_time, streaks: JSON.stringify(streaks) })
  if (!moved) return 0
  await insertAlarmHistory(tx, history)
  await insertNotifications(tx, sent)
  tx.onCommit(() => posts.forEach((p) => webhooks.send(p.url, p.payload)))
  return count
}

/** Each rule's comparable value for the period ending at `t`, undefined when the resource gave no sample. */
function sampleRules(resource: Monitored | undefined, config: AppliedConfig, t: number, step: number): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>()
  for (const rule of config.rules) {
    const meter = resource?.meters.get(rule.meter)
    if (!resource || !meter) {
      out.set(rule.alarm_policy_rule_id, undefined)
      continue
    }
    const at = Math.floor(t / 1000)
    const stepS = step / 1000
    const shape = meter.shape.kind === 'flow' ? { ...meter.shape, stepS } : meter.shape
    const series = samples({
      shape,
      seed: meter.seed,
      step: stepS,
      start: at,
      end: at,
      valid: resource.valid,
      pins: resource.pins.get(rule.meter) ?? [],
    })
    const value = series?.values[0]
    out.set(rule.alarm_policy_rule_id, value == null ? undefined : comparable(rule.meter, value, rule, resource.bandwidthBps))
  }
  return out
}
