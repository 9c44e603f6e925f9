import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateVxnets', () => {
  it('creates empty VxNets with 7-character ids and no router', async () => {
    await using api = await startTestServer()
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'app', count: 2 })
    expect(vxnets).toHaveLength(2)
    expect(vxnets[0]).toMatch(/^vxnet-[a-z0-9]{7}$/)
    const { vxnet_set } = await api.client.describeVxnets({ vxnets, verbose: 1 })
    for (const vxnet of vxnet_set) {
      expect(vxnet).toMatchObject({
        vxnet_name: 'app',
        vxnet_type: 1,
        description: null,
        router: null,
        vpc_router_id: '',
        instance_ids: [],
        tags: [],
      })
    }
  })

  it('checks vxnet_type (1100) and the vxnet quota (2500)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'vxnet=1' } })
    expect((await refusal(api.client.call('CreateVxnets', {} as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.createVxnets({ vxnet_type: 2 }))).ret_code).toBe(1100)
    await api.client.createVxnets({ vxnet_type: 0, mode: 0 })
    const error = await refusal(api.client.createVxnets({ vxnet_type: 1 }))
    expect([error.ret_code, error.message]).toEqual([2500, 'QuotaExceeded, quota [vxnet] is 1: 1 in use, 1 more requested'])
  })
})
