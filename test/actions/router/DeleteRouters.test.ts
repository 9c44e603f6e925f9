import { describe, expect, it } from 'vitest'
import { activeRouters, availableEips, eipStates, routedVxnet, routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteRouters', () => {
  it('passes through deleting to deleted, freeing its EIP and its security group', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const [eip] = await availableEips(api)
    await api.client.modifyRouterAttributes({ router: router!, eip: eip! })
    expect(await eipStates(api.client, [eip!])).toEqual([['associated', '', router]])
    const { routers } = await api.client.deleteRouters({ routers: [router!] })
    expect(routers).toEqual([router])
    expect(await routerStates(api.client, [router!])).toEqual([['active', 'deleting']])
    await api.drainJobs()
    expect(await routerStates(api.client, [router!])).toEqual([['deleted', '']])
    expect(await eipStates(api.client, [eip!])).toEqual([['available', '', '']])
    expect((await api.client.describeSecurityGroups({ verbose: 1 })).security_group_set[0]!.resources).toEqual([])
    expect((await refusal(api.client.deleteRouters({ routers: [router!] }))).ret_code).toBe(1400)
  })

  it('refuses a router with joined VxNets and one still being created with 1400', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const error = await refusal(api.client.deleteRouters({ routers: [router] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, router [${router}] still has vxnet [${vxnet}] joined, leave it first`,
    ])
    const {
      routers: [fresh],
    } = await api.client.createRouters({})
    expect((await refusal(api.client.deleteRouters({ routers: [fresh!] }))).message).toBe(
      `PermissionDenied, router [${fresh}] is creating, please try again later`,
    )
    expect((await refusal(api.client.deleteRouters({ routers: ['rtr-nothere0'] }))).ret_code).toBe(2100)
  })
})
