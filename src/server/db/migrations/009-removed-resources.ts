import type { Kysely } from 'kysely'

/**
 * What deleting a resource that leaves no row of its own (VxNets, security groups and their rules,
 * IP sets and snapshots, router statics, key pairs, tags) leaves behind: its id, type, owner and
 * zone, so that a Describe* can tell "deleted by you" from "never existed"; and when, so that the
 * worker forgets it once the recycle-bin window has passed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('removed_resources')
    .addColumn('resource_id', 'text', (c) => c.primaryKey())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('removed_time', 'text', (c) => c.notNull())
    .execute()
}
