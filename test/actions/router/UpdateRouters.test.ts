import { describe, expect, it } from 'vitest'
import { activeRouters, availableEips, eipStates, routedVxnet, routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('UpdateRouters', () => {
  it('applies staged DHCP settings and sets is_applied; an EIP set before stays', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const [eip] = await availableEips(api)
    await api.client.modifyRouterAttributes({ router, eip: eip! })
    await api.client.modifyRouterAttributes({ router, vxnet, dyn_ip_start: '192.168.1.100', dyn_ip_end: '192.168.1.199' })
    const read = async () => (await api.client.describeRouters({ routers: [router] })).router_set[0]!
    expect((await read()).is_applied).toBe(0)
    await api.client.updateRouters({ routers: [router] })
    expect(await routerStates(api.client, [router])).toEqual([['active', 'updating']])
    await api.drainJobs()
    const addr = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.eip_addr
    expect(await read()).toMatchObject({ is_applied: 1, transition_status: '', eip: { eip_id: eip, eip_name: '', eip_addr: addr } })
    expect(await eipStates(api.client, [eip!])).toEqual([['associated', '', router]])
  })

  it('refuses a router that is not active with 1400', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    await api.client.powerOffRouters({ routers: [router!] })
    await api.drainJobs()
    const error = await refusal(api.client.updateRouters({ routers: [router!] }))
    expect([error.ret_code, error.message]).toEqual([1400, `PermissionDenied, router [${router}] is poweroffed, it can not be updated`])
  })
})
