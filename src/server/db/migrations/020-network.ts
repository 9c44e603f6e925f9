import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('security_groups')
    .addColumn('security_group_id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('is_applied', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull())
    // `owner/zone` for the default group, NULL for the others: one default group per user and
    // zone even when two first requests race (gaps G-N7); the loser's transaction is rerun.
    .addColumn('default_key', 'text', (c) => c.unique())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('security_groups_owner_zone_time').on('security_groups').columns(['owner', 'zone_id', 'create_time']).execute()

  await db.schema
    .createTable('security_group_rules')
    .addColumn('security_group_rule_id', 'text', (c) => c.primaryKey())
    .addColumn('security_group_id', 'text', (c) => c.notNull())
    .addColumn('security_group_rule_name', 'text', (c) => c.notNull())
    .addColumn('protocol', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('direction', 'integer', (c) => c.notNull())
    .addColumn('val1', 'text', (c) => c.notNull())
    .addColumn('val2', 'text', (c) => c.notNull())
    .addColumn('val3', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('security_group_rules_group').on('security_group_rules').columns(['security_group_id', 'priority']).execute()
  await db.schema.createIndex('security_group_rules_owner_zone').on('security_group_rules').columns(['owner', 'zone_id', 'priority']).execute()

  // Which group each instance or router uses: exactly one (spec network.md §7.2).
  await db.schema
    .createTable('security_group_bindings')
    .addColumn('resource_id', 'text', (c) => c.primaryKey())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('security_group_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('security_group_bindings_group').on('security_group_bindings').column('security_group_id').execute()

  await db.schema
    .createTable('eips')
    .addColumn('eip_id', 'text', (c) => c.primaryKey())
    .addColumn('eip_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('eip_addr', 'text', (c) => c.notNull())
    // The address while the EIP holds it, NULL once ceased. Unique across zones and processes:
    // of two transactions that pick the same address only one commits (spec network.md §2.1).
    .addColumn('held_addr', 'text', (c) => c.unique())
    .addColumn('associate_mode', 'integer', (c) => c.notNull())
    .addColumn('bandwidth', 'integer', (c) => c.notNull())
    .addColumn('billing_mode', 'text', (c) => c.notNull())
    // When billing_mode last changed (at most once per 24 h, gaps G-N23); NULL never.
    .addColumn('billing_mode_time', 'text')
    .addColumn('need_icp', 'integer', (c) => c.notNull())
    .addColumn('icp_codes', 'text', (c) => c.notNull())
    .addColumn('eip_group_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    // The instance or router holding it (or being associated with it).
    .addColumn('resource_id', 'text')
    .addColumn('resource_type', 'text')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('eips_owner_zone_time').on('eips').columns(['owner', 'zone_id', 'create_time']).execute()
  // One holder per EIP and one EIP per holder.
  await db.schema.createIndex('eips_resource').on('eips').column('resource_id').unique().execute()

  await db.schema
    .createTable('vxnets')
    .addColumn('vxnet_id', 'text', (c) => c.primaryKey())
    .addColumn('vxnet_name', 'text', (c) => c.notNull())
    .addColumn('vxnet_type', 'integer', (c) => c.notNull())
    .addColumn('description', 'text')
    // Set while joined to a router (spec network.md §4.6), NULL otherwise.
    .addColumn('router_id', 'text')
    .addColumn('ip_network', 'text')
    .addColumn('manager_ip', 'text')
    .addColumn('dyn_ip_start', 'text')
    .addColumn('dyn_ip_end', 'text')
    .addColumn('features', 'integer')
    .addColumn('join_time', 'text')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('vxnets_owner_zone_time').on('vxnets').columns(['owner', 'zone_id', 'create_time']).execute()
  await db.schema.createIndex('vxnets_router').on('vxnets').columns(['router_id', 'ip_network']).execute()

  await db.schema
    .createTable('routers')
    .addColumn('router_id', 'text', (c) => c.primaryKey())
    .addColumn('router_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('router_type', 'integer', (c) => c.notNull())
    .addColumn('vpc_network', 'text', (c) => c.notNull())
    .addColumn('private_ip', 'text', (c) => c.notNull())
    .addColumn('is_applied', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    // The EIP ModifyRouterAttributes asked for, taking effect on UpdateRouters: NULL no change,
    // '' detach, else an EIP id.
    .addColumn('pending_eip_id', 'text')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('routers_owner_zone_time').on('routers').columns(['owner', 'zone_id', 'create_time']).execute()

  await db.schema
    .createTable('router_statics')
    .addColumn('router_static_id', 'text', (c) => c.primaryKey())
    .addColumn('router_id', 'text', (c) => c.notNull())
    .addColumn('vxnet_id', 'text', (c) => c.notNull())
    .addColumn('static_type', 'integer', (c) => c.notNull())
    .addColumn('router_static_name', 'text', (c) => c.notNull())
    .addColumn('val1', 'text', (c) => c.notNull())
    .addColumn('val2', 'text', (c) => c.notNull())
    .addColumn('val3', 'text', (c) => c.notNull())
    .addColumn('val4', 'text', (c) => c.notNull())
    .addColumn('val5', 'text', (c) => c.notNull())
    .addColumn('val6', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('router_statics_router').on('router_statics').columns(['router_id', 'create_time']).execute()
}
