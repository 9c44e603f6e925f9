import type { Kysely } from 'kysely'

/**
 * The audit log (docs/operator.md#audit-log): one row per request to either endpoint, refused ones
 * included, keyed by its request id; the resource ids it named or created in a table of their own,
 * so that a resource's trail and a project's are index lookups.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
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
    .execute()
  await db.schema.createIndex('audit_events_time').on('audit_events').columns(['event_time', 'request_id']).execute()
  await db.schema.createIndex('audit_events_user').on('audit_events').columns(['user_id', 'event_time']).execute()
  await db.schema.createIndex('audit_events_project').on('audit_events').columns(['project_id', 'event_time']).execute()
  await db.schema
    .createTable('audit_event_resources')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_event_resources_resource').on('audit_event_resources').columns(['resource_id', 'request_id']).execute()
  await db.schema.createIndex('audit_event_resources_request').on('audit_event_resources').columns(['request_id']).execute()
}
