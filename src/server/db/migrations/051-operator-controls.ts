import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One row: how far the simulated world runs ahead of the base clock.
  await db.schema
    .createTable('world_clock')
    .addColumn('clock_id', 'text', (c) => c.primaryKey())
    .addColumn('offset_ms', 'bigint', (c) => c.notNull())
    .addColumn('update_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('fault_rules')
    .addColumn('fault_rule_id', 'text', (c) => c.primaryKey())
    .addColumn('fault_action', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('zone_id', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('remaining', 'integer')
    .addColumn('probability', 'double precision')
    .addColumn('expire_time', 'text')
    .addColumn('effect', 'text', (c) => c.notNull())
    .addColumn('fault_ret_code', 'integer')
    .addColumn('message', 'text')
    .addColumn('delay_ms', 'integer')
    .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  // A job a fault rule marked: it ends `failed` with this code after its normal time.
  await db.schema.alterTable('jobs').addColumn('fault_ret_code', 'text').execute()
}
