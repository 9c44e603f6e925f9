import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes } from '../../harness/storage.js'

describe('ModifyVolumeAttributes', () => {
  it('changes what is given and keeps what is absent, in any status', async () => {
    await using api = await startTestServer()
    const { volumes } = await api.client.createVolumes({ size: 20, volume_name: 'old' })
    await api.client.modifyVolumeAttributes({ volume: volumes[0]!, description: 'logs' })
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]).toMatchObject({
      volume_name: 'old',
      description: 'logs',
      transition_status: 'creating',
    })
    await api.client.modifyVolumeAttributes({ volume: volumes[0]!, volume_name: 'new', description: '' })
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]).toMatchObject({ volume_name: 'new', description: '' })
  })

  it('answers 2100 for an unknown volume and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api)
    expect((await refusal(api.client.modifyVolumeAttributes({ volume: 'vol-nothere0', volume_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyVolumeAttributes({ volume: volume!, volume_name: 'x' }))).ret_code).toBe(2100)
  })
})
