import { describe, expect, it } from 'vitest'
import { stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyImageAttributes', () => {
  it('changes what is given and keeps what is absent, in any status', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance!, image_name: 'old' })
    expect(await api.client.modifyImageAttributes({ image: image_id, description: 'base' })).toMatchObject({ image_id })
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({
      image_name: 'old',
      description: 'base',
      status: 'pending',
    })
    await api.client.modifyImageAttributes({ image: image_id, image_name: 'new', description: '' })
    expect((await api.client.describeImages({ images: [image_id] })).image_set[0]).toMatchObject({ image_name: 'new', description: '' })
  })

  it('answers 1400 for a system image or another user’s, 2100 for an unknown one', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.modifyImageAttributes({ image: 'centos7x64d', image_name: 'x' }))).ret_code).toBe(1400)
    expect((await refusal(api.client.modifyImageAttributes({ image: 'img-nothere0', image_name: 'x' }))).ret_code).toBe(2100)
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const other = await api.newUser()
    expect((await refusal(other.client.modifyImageAttributes({ image: image_id, image_name: 'x' }))).ret_code).toBe(2100)
  })
})
