import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Entries of a router static: VPN accounts, tunnel networks (AddRouterStaticEntries).
  await db.schema
    .createTable('router_static_entries')
    .addColumn('router_static_entry_id', 'text', (c) => c.primaryKey())
    .addColumn('router_static_id', 'text', (c) => c.notNull())
    .addColumn('router_id', 'text', (c) => c.notNull())
    .addColumn('router_static_entry_name', 'text', (c) => c.notNull())
    .addColumn('val1', 'text', (c) => c.notNull())
    .addColumn('val2', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('router_static_entries_static').on('router_static_entries').columns(['router_static_id', 'create_time']).execute()
}
