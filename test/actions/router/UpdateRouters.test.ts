import { describe, expect, it } from 'vitest'
import { activeRouters, availableEips, eipStates, routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('UpdateRouters', () => {
  it('applies a staged EIP (and its removal) and sets is_applied', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const [eip] = await availableEips(api)
    await api.client.modifyRouterAttributes({ router: router!, eip: eip! })
    const read = async () => (await api.client.describeRouters({ routers: [router!] })).router_set[0]!
    expect(await read()).toMatchObject({ is_applied: 0, eip: { eip_id: '', eip_name: '', eip_addr: '' } })
    await api.client.updateRouters({ routers: [router!] })
    expect(await routerStates(api.client, [router!])).toEqual([['active', 'updating']])
    await api.drainJobs()
    const addr = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.eip_addr
    expect(await read()).toMatchObject({ is_applied: 1, transition_status: '', eip: { eip_id: eip, eip_name: '', eip_addr: addr } })
    expect((await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.resource).toEqual({ resource_id: router, resource_name: 'rtr', resource_type: 'router' })
    await api.client.modifyRouterAttributes({ router: router!, eip: '' })
    await api.client.updateRouters({ routers: [router!] })
    await api.drainJobs()
    expect(await read()).toMatchObject({ is_applied: 1, eip: { eip_id: '', eip_name: '', eip_addr: '' } })
    expect(await eipStates(api.client, [eip!])).toEqual([['available', '', '']])
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
