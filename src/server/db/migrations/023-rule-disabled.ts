import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // `disabled` (0 | 1) of security group rules and router statics: ModifySecurityGroupRuleAttributes
  // and ModifyRouterStaticAttributes set it (QingCloud's CLI -D/-E); existing rows are enabled.
  await db.schema.alterTable('security_group_rules').addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('router_statics').addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}
