import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('RestartInstances', () => {
  it('takes running instances through restarting back to running, with a new status_time', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    const before = (await api.client.describeInstances({ instances })).instance_set[0]!.status_time
    api.clock.advance(60_000)
    const { job_id } = await api.client.restartInstances({ instances })
    expect(await instanceStates(api.client, instances)).toEqual([['running', 'restarting']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const after = (await api.client.describeInstances({ instances })).instance_set[0]!
    expect([after.status, after.transition_status]).toEqual(['running', ''])
    expect(after.status_time > before).toBe(true)
  })

  it('answers 1400 for a stopped instance', async () => {
    await using api = await startTestServer()
    const instances = await stoppedInstances(api)
    const error = await refusal(api.client.restartInstances({ instances }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is not running (it is stopped), can not be restarted`,
    ])
  })
})
