import type { Queryable, Tx } from '../database.js'
import type {
  AlarmHistoryTable,
  AlarmPoliciesTable,
  AlarmPolicyActionsTable,
  AlarmPolicyRulesTable,
  AlarmsTable,
} from '../schema/monitoring.js'
import { ofIds } from './ids.js'
import { notPlanned, pageOf } from './paging.js'
import { matchesWord } from './search.js'

export type AlarmPolicyRow = AlarmPoliciesTable
export type AlarmRuleRow = AlarmPolicyRulesTable
export type AlarmActionRow = AlarmPolicyActionsTable
export type AlarmRow = AlarmsTable
export type AlarmHistoryRow = AlarmHistoryTable

const none = (list: readonly string[] | undefined) => (list && list.length ? [...list] : [''])

export async function insertAlarmPolicy(tx: Tx, row: AlarmPolicyRow): Promise<void> {
  await tx.db.insertInto('alarm_policies').values(row).execute()
}

export async function findAlarmPolicies(q: Queryable, ids: readonly string[]): Promise<AlarmPolicyRow[]> {
  return ofIds(ids, (list) =>
    q.selectFrom('alarm_policies').selectAll().where('alarm_policy_id', 'in', list).where('status', '=', 'active').execute(),
  )
}

export async function updateAlarmPolicy(tx: Tx, id: string, changes: Partial<AlarmPolicyRow>): Promise<void> {
  await tx.db.updateTable('alarm_policies').set(changes).where('alarm_policy_id', '=', id).execute()
}

export async function describeAlarmPolicies(
  q: Queryable,
  f: {
    owner: string
    zone_id: string
    ids?: string[] | undefined
    name?: string | undefined
    type?: string | undefined
    statuses?: string[] | undefined
    search_word?: string | undefined
  },
  page: { offset: number; limit: number; direction: 'asc' | 'desc' },
): Promise<{ rows: AlarmPolicyRow[]; total: number }> {
  let query = q.selectFrom('alarm_policies').where('owner', '=', f.owner).where('zone_id', '=', f.zone_id)
  if (f.ids) query = query.where('alarm_policy_id', 'in', none(f.ids))
  if (f.name !== undefined) query = query.where('alarm_policy_name', '=', f.name)
  if (f.type !== undefined) query = query.where('alarm_policy_type', '=', f.type)
  query = query.where('status', 'in', f.statuses?.length ? f.statuses : ['active'])
  if (f.search_word) query = query.where(matchesWord('alarm_policy_id', 'alarm_policy_name', f.search_word))
  return pageOf(query, (qq) => qq.selectAll(), { ...page, orderBy: [['create_time', page.direction]], id: 'alarm_policy_id' })
}

export async function insertAlarmRules(tx: Tx, rows: AlarmRuleRow[]): Promise<void> {
  if (rows.length) await tx.db.insertInto('alarm_policy_rules').values(rows).execute()
}

export async function rulesOf(q: Queryable, by: { policies?: readonly string[]; ids?: readonly string[] }): Promise<AlarmRuleRow[]> {
  let query = q.selectFrom('alarm_policy_rules').selectAll()
  if (by.policies) query = query.where('alarm_policy_id', 'in', none(by.policies))
  if (by.ids) query = query.where('alarm_policy_rule_id', 'in', none(by.ids))
  return query.orderBy('create_time').orderBy('alarm_policy_rule_id').execute()
}

export async function updateAlarmRule(tx: Tx, id: string, changes: Partial<AlarmRuleRow>): Promise<void> {
  await tx.db.updateTable('alarm_policy_rules').set(changes).where('alarm_policy_rule_id', '=', id).execute()
}

export async function deleteAlarmRules(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length)
    await tx.db
      .deleteFrom('alarm_policy_rules')
      .where('alarm_policy_rule_id', 'in', [...ids])
      .execute()
}

export async function insertAlarmActions(tx: Tx, rows: AlarmActionRow[]): Promise<void> {
  if (rows.length) await tx.db.insertInto('alarm_policy_actions').values(rows).execute()
}

export async function actionsOf(q: Queryable, by: { policies?: readonly string[]; ids?: readonly string[] }): Promise<AlarmActionRow[]> {
  let query = q.selectFrom('alarm_policy_actions').selectAll()
  if (by.policies) query = query.where('alarm_policy_id', 'in', none(by.policies))
  if (by.ids) query = query.where('alarm_policy_action_id', 'in', none(by.ids))
  return query.orderBy('create_time').orderBy('alarm_policy_action_id').execute()
}

export async function updateAlarmAction(tx: Tx, id: string, changes: Partial<AlarmActionRow>): Promise<void> {
  await tx.db.updateTable('alarm_policy_actions').set(changes).where('alarm_policy_action_id', '=', id).execute()
}

export async function deleteAlarmActions(tx: Tx, by: { ids?: readonly string[]; lists?: readonly string[] }): Promise<void> {
  if (by.ids?.length)
    await tx.db
      .deleteFrom('alarm_policy_actions')
      .where('alarm_policy_action_id', 'in', [...by.ids])
      .execute()
  if (by.lists?.length)
    await tx.db
      .deleteFrom('alarm_policy_actions')
      .where('trigger_action', 'in', [...by.lists])
      .execute()
}

export async function insertAlarms(tx: Tx, rows: AlarmRow[]): Promise<void> {
  if (rows.length)
    await tx.db
      .insertInto('alarms')
      .values(rows)
      .onConflict((oc) => oc.columns(['resource_id', 'alarm_policy_id']).doNothing())
      .execute()
}

export async function alarmsOf(
  q: Queryable,
  by: { policies?: readonly string[]; ids?: readonly string[]; resources?: readonly string[] },
): Promise<AlarmRow[]> {
  let query = q.selectFrom('alarms').selectAll()
  if (by.policies) query = query.where('alarm_policy_id', 'in', none(by.policies))
  if (by.ids) query = query.where('alarm_id', 'in', none(by.ids))
  if (by.resources) query = query.where('resource_id', 'in', none(by.resources))
  return query.orderBy('create_time').orderBy('alarm_id').execute()
}

export async function deleteAlarms(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length)
    await tx.db
      .deleteFrom('alarms')
      .where('alarm_id', 'in', [...ids])
      .execute()
}

export async function describeAlarms(
  q: Queryable,
  f: {
    owner?: string
    zone_id?: string
    ids?: string[] | undefined
    policy?: string | undefined
    status?: string | undefined
    resource?: string | undefined
    resources?: string[]
  },
  page: { offset: number; limit: number },
): Promise<{ rows: AlarmRow[]; total: number }> {
  let query = q.selectFrom('alarms')
  if (f.owner !== undefined) query = query.where('owner', '=', f.owner)
  if (f.zone_id !== undefined) query = query.where('zone_id', '=', f.zone_id)
  if (f.ids) query = query.where('alarm_id', 'in', none(f.ids))
  if (f.policy !== undefined) query = query.where('alarm_policy_id', '=', f.policy)
  if (f.status !== undefined) query = query.where('status', '=', f.status)
  if (f.resource !== undefined) query = query.where('resource_id', '=', f.resource)
  if (f.resources) query = query.where('resource_id', 'in', none(f.resources))
  return pageOf(query, (qq) => qq.selectAll(), { ...page, orderBy: [['create_time', 'desc']], id: 'alarm_id' })
}

/**
 * Alarms of applied policies whose next period has ended by `before`, oldest first: what the sweep
 * evaluates (docs/compat.md#alarm-evaluation).
 */
export async function dueAlarms(q: Queryable, before: string, limit: number): Promise<AlarmRow[]> {
  return q
    .selectFrom('alarms')
    .selectAll()
    .where('evaluated_until', '<', before)
    .orderBy('evaluated_until')
    .orderBy('alarm_id')
    .limit(notPlanned(limit))
    .execute()
}

/** Moves an alarm on, only if no other worker did since it was read (compare-and-set); true when this one did. */
export async function advanceAlarm(tx: Tx, row: AlarmRow, changes: Partial<AlarmRow>): Promise<boolean> {
  const result = await tx.db
    .updateTable('alarms')
    .set(changes)
    .where('alarm_id', '=', row.alarm_id)
    .where('evaluated_until', '=', row.evaluated_until)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function insertAlarmHistory(tx: Tx, rows: AlarmHistoryRow[]): Promise<void> {
  if (rows.length) await tx.db.insertInto('alarm_history').values(rows).execute()
}

export async function describeAlarmHistory(
  q: Queryable,
  f: { alarm_id: string; history_type?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: AlarmHistoryRow[]; total: number }> {
  let query = q.selectFrom('alarm_history').where('alarm_id', '=', f.alarm_id)
  if (f.history_type !== undefined) query = query.where('history_type', '=', f.history_type)
  return pageOf(query, (qq) => qq.selectAll(), { ...page, orderBy: [['create_time', 'desc']], id: 'alarm_history_id' })
}

/** Alarms on items of a project (of these item types only, when given), newest first. */
export async function alarmsOfProject(
  q: Queryable,
  project_id: string,
  types: readonly string[] | undefined,
  page: { offset: number; limit: number },
): Promise<{ rows: Array<AlarmRow & { resource_type: string }>; total: number }> {
  let query = q
    .selectFrom('alarms')
    .innerJoin('project_resource_items as i', 'i.resource_id', 'alarms.resource_id')
    .where('i.project_id', '=', project_id)
  if (types) query = query.where('i.resource_type', 'in', types.length ? [...types] : [''])
  return pageOf(query, (qq) => qq.selectAll('alarms').select('i.resource_type'), {
    ...page,
    orderBy: [['alarms.create_time', 'desc']],
    id: 'alarms.alarm_id',
  })
}
