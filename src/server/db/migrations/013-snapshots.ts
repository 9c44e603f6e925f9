import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('snapshots')
    .addColumn('snapshot_id', 'text', (c) => c.primaryKey())
    .addColumn('snapshot_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('snapshot_type', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    .addColumn('snapshot_time', 'text', (c) => c.notNull())
    .addColumn('is_taken', 'integer', (c) => c.notNull())
    .addColumn('is_head', 'integer', (c) => c.notNull())
    .addColumn('root_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  // DescribeSnapshots pages one user's points in a zone, newest first; the chain and resource
  // indexes serve a full point's totals, the head lookup of CreateSnapshots and resource_id filters.
  await db.schema.createIndex('snapshots_owner_zone_time').on('snapshots').columns(['owner', 'zone_id', 'create_time', 'snapshot_id']).execute()
  await db.schema.createIndex('snapshots_root').on('snapshots').column('root_id').execute()
  await db.schema.createIndex('snapshots_resource').on('snapshots').columns(['resource_id', 'is_head']).execute()
}
