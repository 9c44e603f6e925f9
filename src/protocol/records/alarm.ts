import { z } from 'zod'

/** One meter of GetMonitor's `meter_set` (Go `Meter`): `data` is compressed (docs/compat.md#monitoring-compression). */
export const Meter = z.object({
  meter_id: z.string(),
  data: z.array(z.unknown()),
  vxnet_id: z.string().optional(),
  sequence: z.number().int().optional(),
})

export const alarmPolicyTypes = ['instance', 'eip', 'router'] as const
export const alarmPeriods = ['1m', '5m'] as const
export const alarmStatuses = ['ok', 'alarm', 'insufficient'] as const
export type AlarmStatus = (typeof alarmStatuses)[number]
export const conditionTypes = ['gt', 'lt'] as const
export const dataProcessors = ['raw', 'percent'] as const
export const alarmLevels = ['level-00000000', 'level-00000001'] as const
export const historyTypes = ['trigger_action', 'status_change', 'config_update'] as const
export const notificationItemTypes = ['email', 'phone', 'webhook'] as const

/** A record of DescribeAlarmPolicies. */
export const AlarmPolicy = z.object({
  alarm_policy_id: z.string(),
  alarm_policy_name: z.string(),
  alarm_policy_type: z.string(),
  period: z.string(),
  notice_count: z.number().int(),
  description: z.string(),
  resources: z.array(z.string()),
  is_applied: z.number().int(),
  status: z.string(),
  owner: z.string(),
  create_time: z.string(),
  status_time: z.string(),
})

/** A record of DescribeAlarmPolicyRules; numbers are strings, as QingCloud's example shows them. */
export const AlarmPolicyRule = z.object({
  alarm_policy_rule_id: z.string(),
  alarm_policy_id: z.string(),
  alarm_policy_rule_name: z.string(),
  meter: z.string(),
  condition_type: z.string(),
  thresholds: z.string(),
  data_processor: z.string(),
  consecutive_periods: z.string(),
  period_start_hhmm: z.string(),
  period_end_hhmm: z.string(),
  alarm_level_id: z.string(),
  create_time: z.string(),
})

export const AlarmPolicyAction = z.object({
  alarm_policy_action_id: z.string(),
  alarm_policy_id: z.string(),
  trigger_action: z.string(),
  trigger_status: z.string(),
  create_time: z.string(),
})

/** A record of DescribeAlarms. */
export const Alarm = z.object({
  alarm_id: z.string(),
  status: z.enum(alarmStatuses),
  alarm_policy_id: z.string(),
  resource_id: z.string(),
  related_resource: z.string(),
  create_time: z.string(),
  status_time: z.string(),
})

export const AlarmHistory = z.object({
  alarm_history_id: z.string(),
  alarm_id: z.string(),
  history_type: z.enum(historyTypes),
  description: z.string(),
  create_time: z.string(),
})

/** An item of a notification list (Go `NotificationListItem`). */
export const NotificationItem = z.object({
  notification_item_id: z.string(),
  notification_item_type: z.enum(notificationItemTypes),
  content: z.string(),
  remarks: z.string(),
  owner: z.string(),
  verified: z.number().int(),
  create_time: z.string(),
})

/** A record of DescribeNotificationLists (Go `NotificationList`). */
export const NotificationList = z.object({
  notification_list_id: z.string(),
  notification_list_name: z.string(),
  owner: z.string(),
  items: z.array(NotificationItem),
  create_time: z.string(),
})

/** What an alarm sent to one notification item (docs/compat.md#alarm-notifications). */
export const Notification = z.object({
  notification_id: z.string(),
  alarm_id: z.string(),
  notification_list_id: z.string(),
  notification_item_id: z.string(),
  notification_item_type: z.enum(notificationItemTypes),
  content: z.string(),
  trigger_status: z.string(),
  payload: z.string(),
  create_time: z.string(),
})
