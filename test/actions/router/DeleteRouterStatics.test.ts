import { describe, expect, it } from 'vitest'
import { routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteRouterStatics', () => {
  it('deletes statics and marks the router not applied', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const { router_statics } = await api.client.addRouterStatics({ router, statics: [{ static_type: 8, val1: 'a', val2: '1.1.1.1' }] })
    await api.client.updateRouters({ routers: [router] })
    await api.drainJobs()
    expect((await api.client.deleteRouterStatics({ router_statics })).router_statics).toEqual(router_statics)
    expect((await api.client.describeRouterStatics({ router })).total_count).toBe(0)
    expect((await api.client.describeRouters({ routers: [router] })).router_set[0]!.is_applied).toBe(0)
  })

  it('answers 2100 for unknown statics and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const { router_statics } = await api.client.addRouterStatics({ router, statics: [{ static_type: 8, val1: 'a', val2: '1.1.1.1' }] })
    expect((await refusal(api.client.deleteRouterStatics({ router_statics: ['rtrs-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.deleteRouterStatics({ router_statics }))).ret_code).toBe(2100)
  })
})
