import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeAlarmPolicies', () => {
  it("lists the caller's policies with the resources associated, and not another user's", async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, instance } = await watchedInstance(api)
    const { alarm_policy_set, total_count } = await api.client.describeAlarmPolicies({ search_word: 'busy' })
    expect(total_count).toBe(1)
    expect(alarm_policy_set[0]).toMatchObject({ alarm_policy_id, alarm_policy_name: 'busy', is_applied: 1, resources: [instance] })
    expect((await api.client.describeAlarmPolicies({ alarm_policy_type: 'eip' })).total_count).toBe(0)
    const stranger = await api.newUser()
    expect((await stranger.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).total_count).toBe(0)
  })
})
