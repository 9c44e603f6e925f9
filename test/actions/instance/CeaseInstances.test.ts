import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CeaseInstances', () => {
  it('takes terminated instances out of the recycle bin for good', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    const { job_id } = await api.client.ceaseInstances({ instances })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, instances)).toEqual([['ceased', '']])
    expect((await api.client.describeInstances()).total_count).toBe(0)
    // A ceased instance is not found by any other action (docs/compat.md#ended-resources).
    expect((await refusal(api.client.ceaseInstances({ instances }))).ret_code).toBe(2100)
  })

  it('answers 1400 for an instance that is not terminated', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    const error = await refusal(api.client.ceaseInstances({ instances }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is not terminated (it is running), can not be ceased`,
    ])
  })
})
