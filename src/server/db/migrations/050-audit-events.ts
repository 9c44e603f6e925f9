import { PostgresAdapter, sql, type Kysely } from 'kysely'

/**
 * The audit log (docs/operator.md#audit-log): one row per request to either endpoint, refused ones
 * included, keyed by its request id; the resource ids it named or created in a table of their own,
 * so that a resource's trail and a project's are index lookups.
 *
 * A change writes its event in its own transaction, so every b-tree here is one more page the
 * change's commit writes: on SQLite both tables are clustered on their key (WITHOUT ROWID), and the
 * resource ids have their key alone (resource, request): a project's trail reaches the events from
 * its resources, and only the retention sweep looks rows up by request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const clustered = db.getExecutor().adapter instanceof PostgresAdapter ? sql`` : sql`without rowid`
  await db.schema
    .createTable('audit_events')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
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
    .modifyEnd(clustered)
    .execute()
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
}
