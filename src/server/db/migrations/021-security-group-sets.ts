import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A saved copy of a group's rules (spec network.md §1.16); `rules` is JSON text.
  await db.schema
    .createTable('security_group_snapshots')
    .addColumn('security_group_snapshot_id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('security_group_snapshots_group').on('security_group_snapshots').columns(['security_group_id', 'create_time']).execute()

  // IP and port sets rules refer to by id (spec network.md §1.10).
  await db.schema
    .createTable('security_group_ipsets')
    .addColumn('security_group_ipset_id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_ipset_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('ipset_type', 'integer', (c) => c.notNull())
    .addColumn('val', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('security_group_ipsets_owner_zone_time').on('security_group_ipsets').columns(['owner', 'zone_id', 'create_time']).execute()
}
