import { describe, expect, it } from 'vitest'
import { basicInstance, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('GrantImageToUsers', () => {
  it('lets the grantee see the image and run instances from it, but not change it', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    await api.drainJobs()
    const other = await api.newUser()
    expect((await refusal(other.client.runInstances({ ...basicInstance, image_id }))).ret_code).toBe(2100)
    await api.client.grantImageToUsers({ image: image_id, users: [other.credentials.user_id] })
    // Granting twice is harmless.
    await api.client.grantImageToUsers({ image: image_id, users: [other.credentials.user_id] })
    expect((await other.client.describeImages({ visibility: ['private'] })).image_set.map((i) => [i.image_id, i.owner])).toEqual([
      [image_id, api.root.user_id],
    ])
    const { instances } = await other.client.runInstances({ ...basicInstance, image_id })
    expect(instances).toHaveLength(1)
    expect((await refusal(other.client.modifyImageAttributes({ image: image_id, image_name: 'mine' }))).ret_code).toBe(2100)
    expect((await refusal(other.client.grantImageToUsers({ image: image_id, users: [api.root.user_id] }))).ret_code).toBe(2100)
  })

  it('accepts the docs’ user.n spelling', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const other = await api.newUser()
    await api.client.grantImageToUsers({ image: image_id, user: [other.credentials.user_id] })
    expect((await api.client.describeImageUsers({ image_id })).image_user_set.map((u) => u.user.user_id)).toEqual([
      other.credentials.user_id,
    ])
  })

  it('answers 1100 without users, 2100 for an unknown user or image, 1400 for a system image', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const none = await refusal(api.client.grantImageToUsers({ image: image_id }))
    expect([none.ret_code, none.message]).toEqual([1100, 'MissingParameter, parameter [users] is required'])
    expect((await refusal(api.client.grantImageToUsers({ image: image_id, users: ['usr-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.grantImageToUsers({ image: image_id, users: [api.root.user_id] }))).ret_code).toBe(1100)
    const other = await api.newUser()
    expect((await refusal(api.client.grantImageToUsers({ image: 'img-nothere0', users: [other.credentials.user_id] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.grantImageToUsers({ image: 'centos7x64d', users: [other.credentials.user_id] }))).ret_code).toBe(1400)
  })
})
