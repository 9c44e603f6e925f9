import { describe, expect, it } from 'vitest'
import { watchedInstance } from '../../harness/alarms.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DissociateAlarmPolicy', () => {
  it("removes the resource's alarm", async () => {
    await using api = await startTestServer()
    const { alarm_policy_id, instance } = await watchedInstance(api)
    const { job_id } = await api.client.dissociateAlarmPolicy({ alarm_policy: alarm_policy_id, resources: [instance] })
    await api.drainJobs()
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]!.status).toBe('successful')
    expect((await api.client.describeAlarms({ policy: alarm_policy_id })).total_count).toBe(0)
    expect((await refusal(api.client.dissociateAlarmPolicy({ alarm_policy: 'alp-nothere0', resources: [instance] }))).ret_code).toBe(2100)
  })
})
