import { describe, expect, it } from 'vitest'
import { stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('RevokeImageFromUsers', () => {
  it('hides the image from the users again; others keep their share', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const [a, b] = [await api.newUser(), await api.newUser()]
    await api.client.grantImageToUsers({ image: image_id, users: [a.credentials.user_id, b.credentials.user_id] })
    await api.client.revokeImageFromUsers({ image: image_id, users: [a.credentials.user_id] })
    expect((await a.client.describeImages({ provider: 'self' })).total_count).toBe(0)
    expect((await b.client.describeImages({ provider: 'self' })).image_set.map((i) => i.image_id)).toEqual([image_id])
    expect((await api.client.describeImageUsers({ image_id })).image_user_set.map((u) => u.user.user_id)).toEqual([b.credentials.user_id])
  })

  it('answers 1400 for a system image, 2100 for another user’s (as unknown) and for an unknown user', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    expect((await refusal(api.client.revokeImageFromUsers({ image: 'centos7x64d', users: [other.credentials.user_id] }))).ret_code).toBe(
      1400,
    )
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    expect((await refusal(other.client.revokeImageFromUsers({ image: image_id, users: [api.root.user_id] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.revokeImageFromUsers({ image: image_id, users: ['usr-nothere0'] }))).ret_code).toBe(2100)
  })
})
