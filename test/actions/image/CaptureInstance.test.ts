import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CaptureInstance', () => {
  it('makes a private image of a stopped instance: pending/creating, then available; the instance stays stopped', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api, { os_disk_size: 40 })
    const { image_id, job_id } = await api.client.captureInstance({ instance: instance!, image_name: 'web' })
    expect(image_id).toMatch(/^img-[a-z0-9]{8}$/)
    const [pending] = (await api.client.describeImages({ images: [image_id] })).image_set
    expect(pending).toMatchObject({ status: 'pending', transition_status: 'creating', provider: 'self', owner: api.root.user_id })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const [image] = (await api.client.describeImages({ images: [image_id] })).image_set
    expect(image).toMatchObject({
      image_name: 'web',
      status: 'available',
      transition_status: '',
      size: 40,
      platform: 'linux',
      os_family: 'centos',
      processor_type: '64bit',
      recommended_type: 'c1m1',
      default_user: 'root',
    })
    expect(await instanceStates(api.client, [instance!])).toEqual([['stopped', '']])
    const { job_set } = await api.client.describeJobs({ jobs: [job_id] })
    expect(job_set[0]!.resource_ids).toContain(image_id)

    // The image starts instances like a system image does.
    const [copy] = await runningInstances(api, { image_id })
    expect((await api.client.describeInstances({ instances: [copy!] })).instance_set[0]!.image).toMatchObject({
      image_id,
      provider: 'self',
      size: 40,
    })
  })

  it('answers 1400 naming the state for an instance that is not stopped, and writes nothing', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const error = await refusal(api.client.captureInstance({ instance: instance! }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instance}] is not stopped (it is running), can not be captured`,
    ])
    expect((await api.client.describeImages({ provider: 'self' })).total_count).toBe(0)
    await api.client.stopInstances({ instances: [instance!] })
    const moving = await refusal(api.client.captureInstance({ instance: instance! }))
    expect(moving.message).toContain('is stopping')
  })

  it('answers 2100 for an unknown instance, 2100 for another user’s, 2500 past the image quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'image=1' } })
    const [instance] = await stoppedInstances(api)
    expect((await refusal(api.client.captureInstance({ instance: 'i-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.captureInstance({ instance: instance! }))).ret_code).toBe(2100)
    expect((await refusal(api.client.captureInstance({ instance: instance!, target_user: other.credentials.user_id }))).ret_code).toBe(1400)
    await api.client.captureInstance({ instance: instance! })
    const quota = await refusal(api.client.captureInstance({ instance: instance! }))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [image] is 1: 1 in use, 1 more requested'])
  })
})
