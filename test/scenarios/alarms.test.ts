import { describe, expect, it } from 'vitest'
import { runningInstances } from '../harness/compute.js'
import { webhookReceiver } from '../harness/monitor.js'
import { addMember, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

const MINUTE = 60_000

describe('an alarm driven on purpose (docs/monitoring.md)', () => {
  it('cpu gt 90 fires while cpu is pinned at 95 %, notifies a webhook, returns to ok, and shows in the project', async () => {
    await using hook = await webhookReceiver()
    await using api = await startTestServer({ env: { QINGSTACK_WEBHOOK_HOSTS: '127.0.0.1' } })
    const { project_id, roles } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    const { notification_item_set } = await api.client.createNotificationItems({
      notification_items: [
        { notification_item_type: 'webhook', content: hook.url },
        { notification_item_type: 'email', content: 'ops@example.com' },
      ],
    })
    const { notification_list_id } = await api.client.createNotificationList({
      notification_list_name: 'ops',
      notification_items: notification_item_set.map((i) => i.notification_item_id),
    })
    const { alarm_policy_id } = await api.client.createAlarmPolicy({
      alarm_policy_type: 'instance',
      period: '5m',
      rules: [{ meter: 'cpu', condition_type: 'gt', thresholds: 90 }],
      actions: [
        { trigger_action: notification_list_id, trigger_status: 'alarm' },
        { trigger_action: notification_list_id, trigger_status: 'ok' },
      ],
    })
    await api.client.associateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance!] })
    await api.client.applyAlarmPolicy({ alarm_policy: alarm_policy_id })
    await api.drainJobs()
    const status = async () => (await api.client.describeAlarms({ resource: instance! })).alarm_set[0]!.status

    api.clock.advance(5 * MINUTE)
    expect(await api.app.worker.evaluateAlarms()).toBeGreaterThan(0)
    expect(await status()).toBe('ok')

    await api.client.setMeterValues({ resource: instance!, meters: [{ meter: 'cpu', value: '950' }], duration: '15m' })
    api.clock.advance(10 * MINUTE)
    await api.app.worker.evaluateAlarms()
    expect(await status()).toBe('alarm')
    const [alarm] = (await api.client.describeAlarms({ resource: instance! })).alarm_set
    const history = await api.client.describeAlarmHistory({ alarm: alarm!.alarm_id })
    expect(history.alarm_history_set.map((h) => [h.history_type, h.description])).toEqual(
      expect.arrayContaining([
        ['status_change', 'ok -> alarm'],
        ['trigger_action', `notified webhook [${hook.url}] of alarm`],
        ['trigger_action', 'notified email [ops@example.com] of alarm'],
      ]),
    )
    await api.app.worker.webhooks.settled()
    expect(hook.received).toEqual([
      expect.objectContaining({
        alarm_id: alarm!.alarm_id,
        resource_id: instance,
        prev_status: 'ok',
        trigger_status: 'alarm',
        alarm_policy: alarm_policy_id,
      }),
    ])

    // The project's member sees the alarm; a stranger is refused.
    const member = await addMember(api, api.client, project_id, roles.member)
    const seen = await member.client.describeProjectAlarms({ project_id })
    expect(seen.project_resource_alarm_set.map((a) => [a.alarm_id, a.status, a.resource_type])).toEqual([
      [alarm!.alarm_id, 'alarm', 'instance'],
    ])
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeProjectAlarms({ project_id }))).ret_code).toBe(1400)

    // The pin ends: the next periods read simulated cpu, far under 90 %.
    api.clock.advance(15 * MINUTE)
    await api.app.worker.evaluateAlarms()
    expect(await status()).toBe('ok')
    await api.app.worker.webhooks.settled()
    expect(hook.received.map((h) => (h as { trigger_status: string }).trigger_status)).toEqual(['alarm', 'ok'])
  })
})
