import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteAlarmPolicies', () => {
  it('refuses a policy still associated, and deletes it once dissociated', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, instance } = await watchedInstance(api)
    const busy = await refusal(api.client.deleteAlarmPolicies({ alarm_policies: [alarm_policy_id] }))
    expect([busy.ret_code, busy.message]).toEqual([1100, expect.stringContaining('dissociate')])
    await api.client.dissociateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance] })
    await api.drainJobs()
    expect(await api.client.deleteAlarmPolicies({ alarm_policies: [alarm_policy_id] })).toMatchObject({ alarm_policies: [alarm_policy_id] })
    expect((await api.client.describeAlarmPolicies({})).total_count).toBe(0)
    expect((await api.client.describeAlarmPolicies({ status: ['deleted'] })).total_count).toBe(1)
  })
})
