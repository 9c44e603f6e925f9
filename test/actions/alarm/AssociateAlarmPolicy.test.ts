import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AssociateAlarmPolicy', () => {
  it('gives each resource one alarm, insufficient until first evaluated; refuses a resource of another type or user', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, instance } = await watchedInstance(api)
    await api.client.associateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance] })
    await api.drainJobs()
    const { alarm_set } = await api.client.describeAlarms({ policy: alarm_policy_id })
    expect(alarm_set.map((a) => [a.resource_id, a.status])).toEqual([[instance, 'insufficient']])
    const { eips } = await api.client.allocateEips({ bandwidth: 2 })
    const wrong = await refusal(api.client.associateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [eips[0]!] }))
    expect([wrong.ret_code, wrong.message]).toEqual([1100, expect.stringContaining('resources')])
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.associateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance] }))).ret_code).toBe(
      2100,
    )
  })
})
