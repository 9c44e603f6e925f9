/** A meter pinned by SetMeterValues: `value` is JSON text in the meter's wire unit. */
export interface MeterPinsTable {
  resource_id: string
  meter: string
  value: string
  start_time: string
  end_time: string
}

export interface AlarmPoliciesTable {
  alarm_policy_id: string
  alarm_policy_name: string
  alarm_policy_type: string
  period: string
  notice_count: number
  description: string
  is_applied: number
  /** JSON text of the rules and actions in force since the last ApplyAlarmPolicy; NULL before the first. */
  applied_config: string | null
  status: string
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}

export interface AlarmPolicyRulesTable {
  alarm_policy_rule_id: string
  alarm_policy_id: string
  alarm_policy_rule_name: string
  meter: string
  condition_type: string
  thresholds: string
  data_processor: string
  consecutive_periods: number
  period_start_hhmm: string
  period_end_hhmm: string
  alarm_level_id: string
  create_time: string
}

export interface AlarmPolicyActionsTable {
  alarm_policy_action_id: string
  alarm_policy_id: string
  trigger_action: string
  trigger_status: string
  create_time: string
}

export interface AlarmsTable {
  alarm_id: string
  alarm_policy_id: string
  resource_id: string
  related_resource: string
  status: string
  status_time: string
  evaluated_until: string
  streaks: string
  owner: string
  zone_id: string
  create_time: string
}

export interface AlarmHistoryTable {
  alarm_history_id: string
  alarm_id: string
  history_type: string
  description: string
  create_time: string
}

export interface NotificationListsTable {
  notification_list_id: string
  notification_list_name: string
  owner: string
  create_time: string
}

export interface NotificationItemsTable {
  notification_item_id: string
  notification_item_type: string
  content: string
  remarks: string
  owner: string
  create_time: string
}

export interface NotificationListItemsTable {
  notification_list_id: string
  notification_item_id: string
}

export interface NotificationsTable {
  notification_id: string
  alarm_id: string
  notification_list_id: string
  notification_item_id: string
  notification_item_type: string
  content: string
  trigger_status: string
  payload: string
  owner: string
  create_time: string
}
