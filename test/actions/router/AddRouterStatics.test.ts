import { describe, expect, it } from 'vitest'
import { routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddRouterStatics', () => {
  it('adds statics, defaults port forwarding to tcp, and needs UpdateRouters', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const { router_statics } = await api.client.addRouterStatics({
      router,
      vxnet,
      statics: [
        { static_type: 1, router_static_name: 'web', val1: '80', val2: '192.168.1.12', val3: '8080' },
        { static_type: 8, val1: 'db.local', val2: '192.168.1.20' },
      ],
    })
    expect(router_statics).toHaveLength(2)
    expect(router_statics[0]).toMatch(/^rtrs-[a-z0-9]{8}$/)
    const { router_static_set } = await api.client.describeRouterStatics({ router })
    expect(router_static_set.find((s) => s.static_type === 1)).toMatchObject({
      router_id: router,
      vxnet_id: vxnet,
      static_type: 1,
      router_static_name: 'web',
      val1: '80',
      val4: 'tcp',
      val6: '',
    })
    expect((await api.client.describeRouters({ routers: [router] })).router_set[0]!.is_applied).toBe(0)
  })

  it('checks required values (1100), the VxNet (1400) and the router (2100)', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const error = await refusal(api.client.addRouterStatics({ router, statics: [{ static_type: 1, val1: '80' }] }))
    expect([error.ret_code, error.message]).toEqual([1100, 'MissingParameter, parameter [statics.1.val2] is required'])
    expect((await refusal(api.client.addRouterStatics({ router, statics: [{ static_type: 9 }] }))).ret_code).toBe(1100)
    const {
      vxnets: [loose],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    expect(
      (await refusal(api.client.addRouterStatics({ router, vxnet: loose!, statics: [{ static_type: 8, val1: 'a', val2: '1.1.1.1' }] })))
        .ret_code,
    ).toBe(1400)
    expect((await refusal(api.client.addRouterStatics({ router: 'rtr-nothere0', statics: [{ static_type: 8 }] }))).ret_code).toBe(2100)
  })
})
