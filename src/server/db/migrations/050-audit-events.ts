import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely'

/**
 * The audit log (docs/operator.md#audit-log): one row per request to either endpoint, refused ones
 * included, keyed by its request id; the resource ids it named or created in a table of their own,
 * so that a resource's trail and a project's are index lookups.
 *
 * A change's event commits with the change, but not into these tables: each of their b-trees would
 * be one more page the change's commit writes (the random request id alone dirtied a random leaf),
 * and those pages made SQLite's checkpoints, which the commit pays, several times as frequent. The
 * change appends its event to `audit_outbox`, a table of the same columns without any index
 * (SQLite's rowid order, PostgreSQL's heap: always the last page), and the writer behind moves the
 * outbox into the indexed tables in batches, with reads' events, and before any DescribeAuditEvents.
 *
 * On SQLite `audit_events` keeps its rowid, so that a batch appends its rows to the last pages
 * rather than scattering them by request id (a key beside it); the resource ids have their key alone (resource, request): a
 * project's trail reaches the events from its resources, and the retention sweep reaches them from
 * the events' own `resource_ids`.
 */
/** An event's columns: the indexed table's and the outbox's, in one order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function eventColumns(table: CreateTableBuilder<any>, requestId: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder) {
  return table
    .addColumn('request_id', 'text', requestId)
    .addColumn('event_time', 'text', (c) => c.notNull())
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('access_key_id', 'text')
    .addColumn('action', 'text')
    .addColumn('zone_id', 'text')
    .addColumn('project_id', 'text')
    .addColumn('resource_ids', 'text', (c) => c.notNull())
    .addColumn('ret_code', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('client_ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('fault_rule_id', 'text')
    .addColumn('params', 'text', (c) => c.notNull())
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const clustered = db.getExecutor().adapter instanceof PostgresAdapter ? sql`` : sql`without rowid`
  await eventColumns(db.schema.createTable('audit_events'), (c) => c.primaryKey()).execute()
  await db.schema.createIndex('audit_events_time').on('audit_events').columns(['event_time', 'request_id']).execute()
  await db.schema.createIndex('audit_events_user').on('audit_events').columns(['user_id', 'event_time']).execute()
  await db.schema.createIndex('audit_events_project').on('audit_events').columns(['project_id', 'event_time']).execute()
  await db.schema
    .createTable('audit_event_resources')
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_event_resources_pk', ['resource_id', 'request_id'])
    .modifyEnd(clustered)
    .execute()
  // No key: rows are only ever appended and, all at once, moved (docs/operator.md#audit-log).
  await eventColumns(db.schema.createTable('audit_outbox'), (c) => c.notNull()).execute()
}
