import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyVxnetAttributes', () => {
  it('changes what is given and clears an empty description', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'old' })
    const read = async () => (await api.client.describeVxnets({ vxnets: [vxnet!] })).vxnet_set[0]!
    await api.client.modifyVxnetAttributes({ vxnet: vxnet!, description: 'db tier' })
    expect(await read()).toMatchObject({ vxnet_name: 'old', description: 'db tier' })
    await api.client.modifyVxnetAttributes({ vxnet: vxnet!, vxnet_name: 'new', description: '' })
    expect(await read()).toMatchObject({ vxnet_name: 'new', description: null })
  })

  it('refuses vxnet-0 with 1400, unknown ones and another user’s with 2100', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    const error = await refusal(api.client.modifyVxnetAttributes({ vxnet: 'vxnet-0', vxnet_name: 'x' }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      'PermissionDenied, vxnet [vxnet-0] is the basic network, it can not be modified',
    ])
    expect((await refusal(api.client.modifyVxnetAttributes({ vxnet: 'vxnet-nothere', vxnet_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyVxnetAttributes({ vxnet: vxnet!, vxnet_name: 'x' }))).ret_code).toBe(2100)
  })
})
