import type { Queryable, Tx } from '../database.js'
import type { FaultRulesTable } from '../schema/operator.js'

export type FaultRuleRow = FaultRulesTable

const WORLD = 'world'

/** How far the simulated world runs ahead of the base clock, ms (0 until first moved). */
export async function readClockOffset(q: Queryable): Promise<number> {
  const row = await q.selectFrom('world_clock').select('offset_ms').where('clock_id', '=', WORLD).executeTakeFirst()
  return row ? Number(row.offset_ms) : 0
}

/** Adds `deltaMs` to the offset in one statement (two processes advancing at once both count); returns the new offset. */
export async function addClockOffset(tx: Tx, deltaMs: number, at: string): Promise<number> {
  const row = await tx.db
    .insertInto('world_clock')
    .values({ clock_id: WORLD, offset_ms: deltaMs, update_time: at })
    .onConflict((oc) =>
      oc.column('clock_id').doUpdateSet((eb) => ({ offset_ms: eb('world_clock.offset_ms', '+', deltaMs), update_time: at })),
    )
    .returning('offset_ms')
    .executeTakeFirstOrThrow()
  return Number(row.offset_ms)
}

export async function resetClockOffset(tx: Tx, at: string): Promise<void> {
  await tx.db
    .insertInto('world_clock')
    .values({ clock_id: WORLD, offset_ms: 0, update_time: at })
    .onConflict((oc) => oc.column('clock_id').doUpdateSet({ offset_ms: 0, update_time: at }))
    .execute()
}

export async function insertFaultRule(tx: Tx, row: FaultRuleRow): Promise<void> {
  await tx.db.insertInto('fault_rules').values(row).execute()
}

/** Every rule, oldest first (the order in which they are tried). */
export async function listFaultRules(q: Queryable): Promise<FaultRuleRow[]> {
  return q.selectFrom('fault_rules').selectAll().orderBy('create_time').orderBy('fault_rule_id').execute()
}

/** Deletes these rules; returns the ids that existed. */
export async function deleteFaultRules(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await tx.db
    .deleteFrom('fault_rules')
    .where('fault_rule_id', 'in', [...ids])
    .returning('fault_rule_id')
    .execute()
  return rows.map((r) => r.fault_rule_id)
}

/**
 * Takes one use of a rule: a counted rule only while uses remain, in one statement, so that
 * processes sharing the store never apply it more than its count. False when it is spent or gone.
 */
export async function takeFaultRule(q: Queryable, rule: Pick<FaultRuleRow, 'fault_rule_id' | 'remaining'>): Promise<boolean> {
  let update = q
    .updateTable('fault_rules')
    .set((eb) => ({ hits: eb('hits', '+', 1) }))
    .where('fault_rule_id', '=', rule.fault_rule_id)
  if (rule.remaining !== null) {
    update = update.set((eb) => ({ remaining: eb('remaining', '-', 1) })).where('remaining', '>', 0)
  }
  const row = await update.returning('fault_rule_id').executeTakeFirst()
  return row !== undefined
}

/** Whether `owner` owns a project `member` is a member of (who may explain another user's permissions). */
export async function ownsProjectWithMember(q: Queryable, owner: string, member: string): Promise<boolean> {
  const row = await q
    .selectFrom('project_members as m')
    .innerJoin('projects as p', 'p.project_id', 'm.project_id')
    .select('p.project_id')
    .where('m.project_member_user_id', '=', member)
    .where('p.owner', '=', owner)
    .executeTakeFirst()
  return row !== undefined
}
