import { CompiledQuery, sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely'
import type { Dialect, Queryable, Tx } from '../database.js'
import type { AuditEventsTable } from '../schema/audit-events.js'
import type { DB } from '../schema/index.js'
import { pageWithTotal } from './paging.js'

export type AuditEventRow = AuditEventsTable

const COLUMNS = [
  'request_id',
  'event_time',
  'endpoint',
  'user_id',
  'access_key_id',
  'action',
  'zone_id',
  'project_id',
  'resource_ids',
  'ret_code',
  'message',
  'duration_ms',
  'client_ip',
  'user_agent',
  'fault_rule_id',
  'params',
] as const satisfies ReadonlyArray<keyof AuditEventRow>
const COLUMN_LIST = COLUMNS.join(', ')

// Written once per change, inside its transaction, and moved by plain SQL: built once per dialect,
// not by the query builder every time (which cost more than the change itself).
const TO_OUTBOX = insertPerDialect('audit_outbox', COLUMNS, '')

/** An insert of one row, its text built once per dialect (`?` or `$n` placeholders). */
function insertPerDialect(table: string, columns: readonly string[], suffix: string): Record<Dialect, CompiledQuery> {
  const text = (placeholder: (i: number) => string) =>
    `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => placeholder(i)).join(', ')})${suffix}`
  return { sqlite: CompiledQuery.raw(text(() => '?')), postgres: CompiledQuery.raw(text((i) => `$${i + 1}`)) }
}

/**
 * Moving the outbox, at most `limit` events at a time on SQLite: its write blocks the process (the
 * driver is synchronous), so a move of thousands of events stalled every request for milliseconds;
 * the writer behind moves a bounded batch per transaction and lets requests run between. A write
 * transaction holds the whole store, so the rows it copies (the oldest, up to `upto`) are the rows
 * it deletes. PostgreSQL moves everything in one statement off the process: the rows are taken by
 * one DELETE … RETURNING, which a concurrent mover's waits for and then finds gone, so each row is
 * moved once. A resource id is each element of the event's `resource_ids` (a JSON array of
 * strings). The `where` lets SQLite parse an upsert of a SELECT.
 */
const MOVE_UPTO = CompiledQuery.raw('select count(*) as n, max(rowid) as upto from (select rowid from audit_outbox order by rowid limit ?)')
const MOVE_BATCH_SQLITE = [
  `insert into audit_events (${COLUMN_LIST}) select ${COLUMN_LIST} from audit_outbox where rowid <= ? on conflict (request_id) do nothing`,
  `insert into audit_event_resources (request_id, resource_id)
     select o.request_id, j.value from audit_outbox o, json_each(o.resource_ids) j where o.rowid <= ? on conflict do nothing`,
  `delete from audit_outbox where rowid <= ?`,
].map((text) => CompiledQuery.raw(text))
const MOVE_ALL_POSTGRES = CompiledQuery.raw(
  `with taken as (delete from audit_outbox returning ${COLUMN_LIST}),
     events as (insert into audit_events (${COLUMN_LIST}) select ${COLUMN_LIST} from taken on conflict (request_id) do nothing)
   insert into audit_event_resources (request_id, resource_id)
     select t.request_id, r.id from taken t, jsonb_array_elements_text(t.resource_ids::jsonb) as r(id) on conflict do nothing`,
)
/** An event written behind (a read's, a refusal's) goes straight to the indexed tables: nothing waits on it. */
const TO_EVENTS = insertPerDialect('audit_events', COLUMNS, ' on conflict (request_id) do nothing')
const TO_EVENT_RESOURCES = insertPerDialect('audit_event_resources', ['request_id', 'resource_id'], ' on conflict do nothing')
const ANY_WAITING = CompiledQuery.raw('select 1 as waiting from audit_outbox limit 1')

/**
 * An event on its way to the indexed tables: one row appended to the outbox, in the caller's
 * transaction (a change's own, or the writer behind's), which `moveAuditOutbox` empties.
 */
export async function appendAuditOutbox(tx: Tx, event: AuditEventRow): Promise<void> {
  const query = TO_OUTBOX[tx.dialect]
  await tx.db.executeQuery({ ...query, parameters: COLUMNS.map((column) => event[column]) })
}

/**
 * Events written behind, into the indexed tables at once: the outbox serves a change, whose event
 * must commit in its transaction at the least cost; an event already written behind would only be
 * written twice more (into the outbox, then moved).
 */
export async function insertAuditEvents(tx: Tx, events: readonly AuditEventRow[]): Promise<void> {
  const toEvents = TO_EVENTS[tx.dialect]
  const toResources = TO_EVENT_RESOURCES[tx.dialect]
  for (const event of events) {
    await tx.db.executeQuery({ ...toEvents, parameters: COLUMNS.map((column) => event[column]) })
    if (event.resource_ids === '[]') continue
    for (const resource_id of JSON.parse(event.resource_ids) as string[]) {
      await tx.db.executeQuery({ ...toResources, parameters: [event.request_id, resource_id] })
    }
  }
}

/** Whether any event, whichever process wrote it, waits in the outbox: a read, so that an empty outbox costs no write transaction. */
export async function auditOutboxWaiting(q: Queryable): Promise<boolean> {
  return (await q.executeQuery(ANY_WAITING)).rows.length > 0
}

/**
 * Moves the oldest events waiting in the outbox, whichever process wrote them, into the indexed
 * tables: at most `limit` on SQLite, all on PostgreSQL. Returns whether more may wait.
 */
export async function moveAuditOutbox(tx: Tx, limit: number): Promise<boolean> {
  if (tx.dialect === 'postgres') {
    await tx.db.executeQuery(MOVE_ALL_POSTGRES)
    return false
  }
  const [batch] = (await tx.db.executeQuery<{ n: number; upto: number | null }>({ ...MOVE_UPTO, parameters: [limit] })).rows
  if (!batch || batch.upto === null) return false
  for (const query of MOVE_BATCH_SQLITE) await tx.db.executeQuery({ ...query, parameters: [batch.upto] })
  return batch.n >= limit
}

/** What DescribeAuditEvents filters by; every field narrows. */
export interface AuditFilter {
  start_time?: string | undefined
  end_time?: string | undefined
  user_id?: string | undefined
  /** An action name or the start of one (`Describe`). */
  action?: string | undefined
  ret_code?: number | undefined
  failed?: boolean | undefined
  resource_id?: string | undefined
  request_id?: string | undefined
  project_id?: string | undefined
}

/**
 * Whose events a caller may read: root all; anyone else their own, and those about the resources
 * (or naming the project) of each project they own or administer.
 */
export type AuditVisibility = { kind: 'all' } | { kind: 'user'; user_id: string; projects: readonly string[] }

/** The projects `user_id` owns, or is a member of with the owner's or the project_admin role. */
export async function managedProjectsOf(q: Queryable, user_id: string): Promise<string[]> {
  const owned = await q.selectFrom('projects').select('project_id').where('owner', '=', user_id).execute()
  const administered = await q
    .selectFrom('project_members as m')
    .innerJoin('group_roles as r', 'r.group_role_id', 'm.role')
    .select('m.project_id')
    .where('m.project_member_user_id', '=', user_id)
    .where('m.enabled', '=', 1)
    .where((eb) => eb.or([eb('m.is_project_owner', '=', 1), eb('r.preset', 'in', ['owner', 'project_admin'])]))
    .execute()
  return [...new Set([...owned, ...administered].map((row) => row.project_id))]
}

type Where = ExpressionBuilder<DB, 'audit_events'>

function visible(eb: Where, visibility: AuditVisibility): Expression<SqlBool> {
  if (visibility.kind === 'all') return sql<SqlBool>`1 = 1`
  const { user_id, projects } = visibility
  if (projects.length === 0) return eb('audit_events.user_id', '=', user_id)
  return eb.or([
    eb('audit_events.user_id', '=', user_id),
    eb('audit_events.project_id', 'in', [...projects]),
    // From the projects' resources to their events: the resource ids are keyed by (resource, request).
    eb(
      'audit_events.request_id',
      'in',
      eb
        .selectFrom('project_resource_items as i')
        .innerJoin('audit_event_resources as r', 'r.resource_id', 'i.resource_id')
        .select('r.request_id')
        .where('i.project_id', 'in', [...projects]),
    ),
  ])
}

function matches(eb: Where, f: AuditFilter): Expression<SqlBool> {
  const all: Array<Expression<SqlBool>> = []
  if (f.start_time !== undefined) all.push(eb('audit_events.event_time', '>=', f.start_time))
  if (f.end_time !== undefined) all.push(eb('audit_events.event_time', '<=', f.end_time))
  if (f.user_id !== undefined) all.push(eb('audit_events.user_id', '=', f.user_id))
  if (f.action !== undefined) {
    // substr, not LIKE: case-sensitive as action names are, and alike on both databases.
    all.push(sql<SqlBool>`substr(audit_events.action, 1, ${f.action.length}) = ${f.action}`)
  }
  if (f.ret_code !== undefined) all.push(eb('audit_events.ret_code', '=', f.ret_code))
  if (f.failed) all.push(eb('audit_events.ret_code', '<>', 0))
  if (f.request_id !== undefined) all.push(eb('audit_events.request_id', '=', f.request_id))
  if (f.project_id !== undefined) all.push(eb('audit_events.project_id', '=', f.project_id))
  if (f.resource_id !== undefined) {
    all.push(
      eb.exists(
        eb
          .selectFrom('audit_event_resources as n')
          .select('n.request_id')
          .whereRef('n.request_id', '=', 'audit_events.request_id')
          .where('n.resource_id', '=', f.resource_id),
      ),
    )
  }
  return eb.and(all)
}

/** A page of the events `visibility` lets the caller see, newest first (`reverse`: oldest first). */
export async function findAuditEvents(
  q: Queryable,
  input: { filter: AuditFilter; visibility: AuditVisibility; offset: number; limit: number; oldestFirst: boolean },
): Promise<{ rows: AuditEventRow[]; total: number }> {
  const base = () =>
    q
      .selectFrom('audit_events')
      .where((eb) => visible(eb, input.visibility))
      .where((eb) => matches(eb, input.filter))
  const direction = input.oldestFirst ? 'asc' : 'desc'
  return pageWithTotal(
    input,
    () =>
      base()
        .selectAll('audit_events')
        .orderBy('audit_events.event_time', direction)
        .orderBy('audit_events.request_id', direction)
        .offset(input.offset)
        .limit(input.limit)
        .execute(),
    async () =>
      Number(
        (
          await base()
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  )
}

/**
 * The resource ids of the events older than a time, reached by their key (resource, request) from
 * the events' own `resource_ids`: the table has no index by request alone (each would cost every
 * event one more insert), and by request the delete read the whole table.
 */
const DELETE_RESOURCES_BEFORE: Record<Dialect, CompiledQuery> = {
  sqlite: CompiledQuery.raw(
    `delete from audit_event_resources where (resource_id, request_id) in
       (select j.value, e.request_id from audit_events e, json_each(e.resource_ids) j where e.event_time < ?)`,
  ),
  postgres: CompiledQuery.raw(
    `delete from audit_event_resources where (resource_id, request_id) in
       (select r.id, e.request_id from audit_events e, jsonb_array_elements_text(e.resource_ids::jsonb) as r(id) where e.event_time < $1)`,
  ),
}

/** Removes the events older than `before` (retention); returns how many. */
export async function deleteAuditEventsBefore(tx: Tx, before: string): Promise<number> {
  await tx.db.executeQuery({ ...DELETE_RESOURCES_BEFORE[tx.dialect], parameters: [before] })
  const result = await tx.db.deleteFrom('audit_events').where('event_time', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
