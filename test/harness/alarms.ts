import type { QingClient } from '../../src/sdk/index.js'
import { runningInstances } from './compute.js'
import type { TestServer } from './server.js'

/** A running instance and an instance policy `cpu gt 90` (with a notification list told of alarms), associated and applied. */
export async function watchedInstance(api: TestServer, client: QingClient = api.client) {
  const [instance] = await runningInstances(api, {}, client)
  const { notification_item_set } = await client.createNotificationItems({
    notification_items: [{ notification_item_type: 'email', content: 'ops@example.com' }],
  })
  const { notification_list_id } = await client.createNotificationList({
    notification_list_name: 'ops',
    notification_items: [notification_item_set[0]!.notification_item_id],
  })
  const { alarm_policy_id } = await client.createAlarmPolicy({
    alarm_policy_type: 'instance',
    period: '5m',
    alarm_policy_name: 'busy',
    rules: [{ meter: 'cpu', condition_type: 'gt', thresholds: 90 }],
    actions: [{ trigger_action: notification_list_id, trigger_status: 'alarm' }],
  })
  await client.associateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance!] })
  await client.applyAlarmPolicy({ alarm_policy: alarm_policy_id })
  await api.drainJobs()
  const alarm_id = (await client.describeAlarms({ resource: instance! })).alarm_set[0]!.alarm_id
  return { instance: instance!, alarm_policy_id, notification_list_id, item: notification_item_set[0]!.notification_item_id, alarm_id }
}
