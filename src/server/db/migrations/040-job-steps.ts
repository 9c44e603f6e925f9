import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_steps')
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    .addColumn('run_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('job_steps_job').on('job_steps').columns(['job_id', 'step']).execute()
}
