import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Server certificates of HTTPS listeners; the private key is stored and never answered.
  await db.schema
    .createTable('server_certificates')
    .addColumn('server_certificate_id', 'text', (c) => c.primaryKey())
    .addColumn('server_certificate_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('certificate_content', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('server_certificates_owner_zone_time')
    .on('server_certificates')
    .columns(['owner', 'zone_id', 'create_time'])
    .execute()

  // Forwarding policies and their rules.
  await db.schema
    .createTable('loadbalancer_policies')
    .addColumn('loadbalancer_policy_id', 'text', (c) => c.primaryKey())
    .addColumn('loadbalancer_policy_name', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('balance_mode', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('is_applied', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('loadbalancer_policies_owner_zone_time')
    .on('loadbalancer_policies')
    .columns(['owner', 'zone_id', 'create_time'])
    .execute()
  await db.schema
    .createTable('loadbalancer_policy_rules')
    .addColumn('loadbalancer_policy_rule_id', 'text', (c) => c.primaryKey())
    .addColumn('loadbalancer_policy_id', 'text', (c) => c.notNull())
    .addColumn('loadbalancer_policy_rule_name', 'text')
    .addColumn('rule_type', 'text', (c) => c.notNull())
    .addColumn('val', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('loadbalancer_policy_rules_policy')
    .on('loadbalancer_policy_rules')
    .columns(['loadbalancer_policy_id', 'create_time'])
    .execute()
}
