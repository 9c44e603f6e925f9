import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('volumes')
    .addColumn('volume_id', 'text', (c) => c.primaryKey())
    .addColumn('volume_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('volume_type', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text')
    .addColumn('device', 'text')
    .execute()
  // DescribeVolumes lists one user's volumes in one zone, newest first.
  await db.schema.createIndex('volumes_owner_zone_time').on('volumes').columns(['owner', 'zone_id', 'create_time']).execute()
  await db.schema.createIndex('volumes_instance').on('volumes').column('instance_id').execute()
}
