import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('resource_group_id', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('projects_owner_time').on('projects').columns(['owner', 'create_time']).execute()

  await db.schema
    .createTable('group_roles')
    .addColumn('group_role_id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('group_role_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('role_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('read_only', 'integer', (c) => c.notNull())
    .addColumn('preset', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('group_roles_project').on('group_roles').columns(['project_id', 'create_time']).execute()

  await db.schema
    .createTable('group_role_rules')
    .addColumn('group_role_rule_id', 'text', (c) => c.primaryKey())
    .addColumn('group_role_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('principle', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  // The authorize stage reads a role's rules on every request a member makes in a project.
  await db.schema.createIndex('group_role_rules_role').on('group_role_rules').columns(['group_role_id', 'status']).execute()
  await db.schema.createIndex('group_role_rules_project').on('group_role_rules').column('project_id').execute()

  await db.schema
    .createTable('project_members')
    .addColumn('project_member_id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('project_member_user_id', 'text', (c) => c.notNull())
    .addColumn('project_member_name', 'text', (c) => c.notNull())
    .addColumn('project_member_info', 'text', (c) => c.notNull())
    .addColumn('project_member_type', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_group_id', 'text', (c) => c.notNull())
    .addColumn('is_project_owner', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  // One membership per user and project; also how authorize finds a caller's role.
  await db.schema
    .createIndex('project_members_user_project')
    .on('project_members')
    .columns(['project_member_user_id', 'project_id'])
    .unique()
    .execute()
  await db.schema.createIndex('project_members_project').on('project_members').columns(['project_id', 'create_time']).execute()

  await db.schema
    .createTable('project_resource_items')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_resource_items_pk', ['project_id', 'resource_id'])
    .execute()
  // The primary key serves "items of a project" (Describe* in a project); this one "projects of a resource".
  await db.schema.createIndex('project_resource_items_resource').on('project_resource_items').columns(['resource_id', 'project_id']).execute()
}
