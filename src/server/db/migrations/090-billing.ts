import { sql, type Kysely } from 'kysely'

/**
 * Leases (docs/compat.md#billing-charges): one row per stretch of time a resource accrues charges at
 * one spec, written in the transaction that changes the resource. `end_time` is NULL while it runs;
 * charges are computed from these rows and the price table on demand.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leases')
    .addColumn('contract_id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text')
    .execute()
  await db.schema.createIndex('leases_resource').on('leases').columns(['resource_id', 'start_time']).execute()
  await db.schema.createIndex('leases_owner').on('leases').columns(['owner', 'start_time']).execute()
  // What a store already holds accrues from its status_time on, as if it had been leased then. The
  // spec text is spelled key for key as the lease store writes it, so the next change compares equal.
  await sql`insert into leases (contract_id, resource_id, resource_type, owner, zone_id, spec, start_time)
    select 'ct-' || instance_id, instance_id, 'instance', owner, zone_id,
      '{"resource_type":"instance","instance_class":' || instance_class || ',"vcpus":' || vcpus_current || ',"memory_mb":' || memory_current || '}',
      status_time
    from instances where status = 'running'`.execute(db)
  await sql`insert into leases (contract_id, resource_id, resource_type, owner, zone_id, spec, start_time)
    select 'ct-' || volume_id, volume_id, 'volume', owner, zone_id,
      '{"resource_type":"volume","volume_type":' || volume_type || ',"size":' || size || '}', status_time
    from volumes where status in ('available', 'in-use')`.execute(db)
  await sql`insert into leases (contract_id, resource_id, resource_type, owner, zone_id, spec, start_time)
    select 'ct-' || eip_id, eip_id, 'eip', owner, zone_id,
      '{"resource_type":"eip","billing_mode":"' || billing_mode || '","bandwidth":' || bandwidth || '}', status_time
    from eips where status in ('available', 'associated')`.execute(db)
  await sql`insert into leases (contract_id, resource_id, resource_type, owner, zone_id, spec, start_time)
    select 'ct-' || router_id, router_id, 'router', owner, zone_id, '{"resource_type":"router","router_type":' || router_type || '}', status_time
    from routers where status = 'active'`.execute(db)
}
