import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ResizeInstances', () => {
  it('resizes stopped instances through resizing; the new size shows when the job ends', async () => {
    await using api = await startTestServer()
    const instances = await stoppedInstances(api, { count: 2 })
    const { job_id } = await api.client.resizeInstances({ instances, instance_type: 'c4m8', os_disk_size: 50 })
    expect(await instanceStates(api.client, instances)).toEqual([
      ['stopped', 'resizing'],
      ['stopped', 'resizing'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const after = await api.client.describeInstances({ instances })
    expect(
      after.instance_set.map((i) => [i.status, i.transition_status, i.instance_type, i.vcpus_current, i.memory_current, i.os_disk_size]),
    ).toEqual([
      ['stopped', '', 'c4m8', 4, 8192, 50],
      ['stopped', '', 'c4m8', 4, 8192, 50],
    ])
  })

  it('lets cpu and memory win over instance_type (no Go default here, docs/compat.md#go-default-size)', async () => {
    await using api = await startTestServer()
    const instances = await stoppedInstances(api)
    await api.client.resizeInstances({ instances, instance_type: 'c4m8', cpu: 1, memory: 1024 })
    await api.drainJobs()
    expect((await api.client.describeInstances({ instances })).instance_set[0]).toMatchObject({ instance_type: 'c1m1', vcpus_current: 1 })
  })

  it('answers 1400 for a running instance, 1100 without a size, 2500 past the cpu quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'cpu=3' } })
    const [running] = await runningInstances(api)
    const error = await refusal(api.client.resizeInstances({ instances: [running!], instance_type: 'c2m4' }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${running}] is not stopped (it is running), can not be resized`,
    ])
    const [stopped] = await stoppedInstances(api)
    expect((await refusal(api.client.resizeInstances({ instances: [stopped!] }))).ret_code).toBe(1100)
    const quota = await refusal(api.client.resizeInstances({ instances: [stopped!], instance_type: 'c4m8' }))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [cpu] is 3: 2 in use, 3 more requested'])
    await api.client.resizeInstances({ instances: [stopped!], instance_type: 'c2m4' })
  })
})
