import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteImages', () => {
  it('moves an own available image through deleting to deleted; instances made from it are unaffected', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    await api.drainJobs()
    const [made] = await runningInstances(api, { image_id })
    const { job_id } = await api.client.deleteImages({ images: [image_id] })
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({
      status: 'available',
      transition_status: 'deleting',
    })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({
      status: 'deleted',
      transition_status: '',
    })
    expect(await instanceStates(api.client, [made!])).toEqual([['running', '']])
    // A deleted image starts nothing.
    expect(
      (await refusal(api.client.runInstances({ image_id, instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026' })))
        .ret_code,
    ).toBe(1400)
  })

  it('answers 1400 for a system image, or an image still being created; 2100 for an unknown one or another user’s', async () => {
    await using api = await startTestServer()
    const system = await refusal(api.client.deleteImages({ images: ['centos7x64d'] }))
    expect([system.ret_code, system.message]).toEqual([
      1400,
      'PermissionDenied, image [centos7x64d] is a system image, it can not be changed by users',
    ])
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const creating = await refusal(api.client.deleteImages({ images: [image_id] }))
    expect([creating.ret_code, creating.message]).toEqual([
      1400,
      `PermissionDenied, image [${image_id}] is creating, can not be deleted until it settles`,
    ])
    await api.drainJobs()
    const other = await api.newUser()
    expect((await refusal(other.client.deleteImages({ images: [image_id] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.deleteImages({ images: ['img-nothere0'] }))).ret_code).toBe(2100)
    await api.client.deleteImages({ images: [image_id] })
    await api.drainJobs()
    const again = await refusal(api.client.deleteImages({ images: [image_id] }))
    expect(again.message).toBe(`PermissionDenied, image [${image_id}] is not available (it is deleted), can not be deleted`)
  })
})
