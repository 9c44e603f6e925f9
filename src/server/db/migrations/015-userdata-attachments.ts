import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Archives uploaded by UploadUserDataAttachment, kept as the base64 text received (at most 2 MB
  // decoded); RunInstances names one by id with userdata_type=tar.
  await db.schema
    .createTable('userdata_attachments')
    .addColumn('attachment_id', 'text', (c) => c.primaryKey())
    .addColumn('attachment_name', 'text', (c) => c.notNull())
    .addColumn('attachment_content', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
}
