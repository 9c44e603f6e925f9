import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('StartInstances', () => {
  it('takes stopped instances through starting to running', async () => {
    await using api = await startTestServer()
    const instances = await stoppedInstances(api, { count: 2 })
    const { job_id } = await api.client.startInstances({ instances: [...instances, instances[0]!] })
    expect(await instanceStates(api.client, instances)).toEqual([
      ['stopped', 'starting'],
      ['stopped', 'starting'],
    ])
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]!.resource_ids).toBe(instances.join(' '))
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, instances)).toEqual([
      ['running', ''],
      ['running', ''],
    ])
  })

  it('answers 1400 for a running instance and 2100 for an unknown one', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    const running = await refusal(api.client.startInstances({ instances }))
    expect([running.ret_code, running.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is not stopped (it is running), can not be started`,
    ])
    expect((await refusal(api.client.startInstances({ instances: ['i-nothere0'] }))).ret_code).toBe(2100)
  })
})
