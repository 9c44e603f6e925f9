import { describe, expect, it } from 'vitest'
import { routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeRouterVxnets', () => {
  it('lists the VxNets of one router, or of all with router=*', async () => {
    await using api = await startTestServer()
    const first = await routedVxnet(api, '192.168.1.0/24')
    const second = await routedVxnet(api, '192.168.2.0/24')
    const one = await api.client.describeRouterVxnets({ router: first.router })
    expect(one.router_vxnet_set).toEqual([
      {
        router_id: first.router,
        vxnet_id: first.vxnet,
        vxnet_name: 'routed',
        manager_ip: '192.168.1.1',
        ip_network: '192.168.1.0/24',
        dyn_ip_start: '192.168.1.2',
        dyn_ip_end: '192.168.1.254',
        features: 1,
        create_time: expect.stringMatching(/Z$/),
      },
    ])
    const all = await api.client.describeRouterVxnets({ router: '*' })
    expect(all.router_vxnet_set.map((v) => v.vxnet_id).sort()).toEqual([first.vxnet, second.vxnet].sort())
    expect((await api.client.describeRouterVxnets({ router: '*', vxnet: second.vxnet })).total_count).toBe(1)
    // QingCloud's Go SDK allows verbose=1 here; it lists the same.
    expect((await api.client.describeRouterVxnets({ router: first.router, verbose: 1 })).router_vxnet_set).toEqual(one.router_vxnet_set)
  })

  it('answers 2100 for an unknown router and for another user’s', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    expect((await refusal(api.client.describeRouterVxnets({ router: 'rtr-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeRouterVxnets({ router }))).ret_code).toBe(2100)
    expect((await other.client.describeRouterVxnets({ router: '*' })).total_count).toBe(0)
  })
})
