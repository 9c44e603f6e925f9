import { describe, expect, it } from 'vitest'
import { stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeImageUsers', () => {
  it('lists the users an image is shared with, earliest first, with e-mail and paging', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const a = await api.newUser('a@example.com')
    const b = await api.newUser('b@example.com')
    await api.client.grantImageToUsers({ image: image_id, users: [a.credentials.user_id] })
    api.clock.advance(1000)
    await api.client.grantImageToUsers({ image: image_id, users: [b.credentials.user_id] })
    const all = await api.client.describeImageUsers({ image_id })
    expect(all.total_count).toBe(2)
    expect(all.image_user_set.map((u) => [u.image_id, u.user])).toEqual([
      [image_id, { user_id: a.credentials.user_id, email: 'a@example.com' }],
      [image_id, { user_id: b.credentials.user_id, email: 'b@example.com' }],
    ])
    expect(all.image_user_set[0]!.create_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const page = await api.client.describeImageUsers({ image_id, offset: 1, limit: 1 })
    expect([page.total_count, page.image_user_set.map((u) => u.user.user_id)]).toEqual([2, [b.credentials.user_id]])
  })

  it('answers 2100 for an image the caller can not see, 1400 for a system or granted image', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.describeImageUsers({ image_id: 'img-nothere0' }))).ret_code).toBe(2100)
    expect((await refusal(api.client.describeImageUsers({ image_id: 'centos7x64d' }))).ret_code).toBe(1400)
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const other = await api.newUser()
    expect((await refusal(other.client.describeImageUsers({ image_id }))).ret_code).toBe(2100)
    await api.client.grantImageToUsers({ image: image_id, users: [other.credentials.user_id] })
    expect((await refusal(other.client.describeImageUsers({ image_id }))).ret_code).toBe(1400)
  })
})
