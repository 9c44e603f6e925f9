import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tags')
    .addColumn('tag_id', 'text', (c) => c.primaryKey())
    .addColumn('tag_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  // Names are unique per account and zone (gaps G-C30); the index also serves DescribeTags.
  await db.schema.createIndex('tags_owner_zone_name').on('tags').columns(['owner', 'zone_id', 'tag_name']).unique().execute()

  // Which tag is bound to which resource, of any type. The primary key serves the tags.n filter
  // of every Describe* (resources of these tags); the second index the tags shown on a record.
  await db.schema
    .createTable('tag_bindings')
    .addColumn('tag_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_bindings_pk', ['tag_id', 'resource_id'])
    .execute()
  await db.schema.createIndex('tag_bindings_resource').on('tag_bindings').columns(['resource_id', 'tag_id']).execute()
}
