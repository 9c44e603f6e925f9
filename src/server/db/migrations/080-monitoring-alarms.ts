import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// Monitoring values are computed on demand; only pinned meters, alarm configuration, alarm
// state and what alarms sent are stored (docs/compat.md#monitoring-simulated).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meter_pins')
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('meter', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meter_pins_pk', ['resource_id', 'meter'])
    .execute()

  await db.schema
    .createTable('alarm_policies')
    .addColumn('alarm_policy_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_policy_name', 'text', (c) => c.notNull())
    .addColumn('alarm_policy_type', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('notice_count', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('is_applied', 'integer', (c) => c.notNull())
    .addColumn('applied_config', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alarm_policies_owner').on('alarm_policies').columns(['owner', 'zone_id', 'create_time']).execute()

  await db.schema
    .createTable('alarm_policy_rules')
    .addColumn('alarm_policy_rule_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_policy_id', 'text', (c) => c.notNull())
    .addColumn('alarm_policy_rule_name', 'text', (c) => c.notNull())
    .addColumn('meter', 'text', (c) => c.notNull())
    .addColumn('condition_type', 'text', (c) => c.notNull())
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('data_processor', 'text', (c) => c.notNull())
    .addColumn('consecutive_periods', 'integer', (c) => c.notNull())
    .addColumn('period_start_hhmm', 'text', (c) => c.notNull())
    .addColumn('period_end_hhmm', 'text', (c) => c.notNull())
    .addColumn('alarm_level_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alarm_policy_rules_policy').on('alarm_policy_rules').columns(['alarm_policy_id', 'create_time']).execute()

  await db.schema
    .createTable('alarm_policy_actions')
    .addColumn('alarm_policy_action_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_policy_id', 'text', (c) => c.notNull())
    .addColumn('trigger_action', 'text', (c) => c.notNull())
    .addColumn('trigger_status', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alarm_policy_actions_policy').on('alarm_policy_actions').columns(['alarm_policy_id', 'create_time']).execute()

  await db.schema
    .createTable('alarms')
    .addColumn('alarm_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_policy_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('related_resource', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    // The end of the last period evaluated: the sweep resumes from here, so a clock jump or a
    // restart evaluates every period skipped, and each exactly once (compare-and-set).
    .addColumn('evaluated_until', 'text', (c) => c.notNull())
    // Per rule: how many consecutive periods it has held (JSON text).
    .addColumn('streaks', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alarms_resource').on('alarms').columns(['resource_id', 'alarm_policy_id']).unique().execute()
  await db.schema.createIndex('alarms_policy').on('alarms').columns(['alarm_policy_id', 'create_time']).execute()
  await db.schema.createIndex('alarms_due').on('alarms').column('evaluated_until').execute()

  await db.schema
    .createTable('alarm_history')
    .addColumn('alarm_history_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_id', 'text', (c) => c.notNull())
    .addColumn('history_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('alarm_history_alarm').on('alarm_history').columns(['alarm_id', 'create_time']).execute()

  await db.schema
    .createTable('notification_lists')
    .addColumn('notification_list_id', 'text', (c) => c.primaryKey())
    .addColumn('notification_list_name', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('notification_items')
    .addColumn('notification_item_id', 'text', (c) => c.primaryKey())
    .addColumn('notification_item_type', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('notification_list_items')
    .addColumn('notification_list_id', 'text', (c) => c.notNull())
    .addColumn('notification_item_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_list_items_pk', ['notification_list_id', 'notification_item_id'])
    .execute()

  // What alarms sent: one row per notification item reached (docs/compat.md#alarm-notifications).
  await db.schema
    .createTable('notifications')
    .addColumn('notification_id', 'text', (c) => c.primaryKey())
    .addColumn('alarm_id', 'text', (c) => c.notNull())
    .addColumn('notification_list_id', 'text', (c) => c.notNull())
    .addColumn('notification_item_id', 'text', (c) => c.notNull())
    .addColumn('notification_item_type', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('trigger_status', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('notifications_owner').on('notifications').columns(['owner', 'create_time']).execute()
}
